// The human-readable evaluation report: aligned tables for a terminal or a
// CI log. Shows names, counts, rates and file names only, never a field's
// value (the same report runs on real customers' documents). Pure; thread-safe.
#pragma once

#include <string>

#include "eval/eval_report.hpp"

namespace kycx::eval {

std::string render_text(const EvalReport& report);

}  // namespace kycx::eval
