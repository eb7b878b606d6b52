// The evaluation report as one self-contained HTML page (inline CSS and
// inline SVG; no scripts, fonts or images from anywhere) that opens offline.
// Names, counts, rates and file names only, never a field's value.
// Pure; thread-safe.
#pragma once

#include <string>

#include "eval/eval_report.hpp"

namespace kycx::eval {

struct HtmlReportOptions {
  std::string title = "kycx evaluation";  // page heading
  size_t worst_fields = 15;               // rows in the worst-fields table
};

std::string render_html(const EvalReport& report, const HtmlReportOptions& options = {});

}  // namespace kycx::eval
