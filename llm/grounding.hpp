// Finds a value the model returned among the document's visible words, first
// in the lines it cited, then anywhere, tolerant of case, spacing and print
// formats ("$1,234.56" for "1234.56", "01/15/2024" for "2024-01-15", "$" for
// "USD"; print forms as extractors/printed_values reads them). A value found
// nowhere is ungrounded. Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/field.hpp"
#include "core/json.hpp"
#include "llm/document_lines.hpp"
#include "ocr/page.hpp"

namespace kycx::llm {

struct Grounding {
  bool found = false;
  bool in_cited_lines = false;
  std::vector<SourceRef> sources;  // one per line the matched words lie on
  double min_confidence = 0.0;     // lowest confidence of the matched words
};

// Lower-case ASCII letters and digits only (other bytes kept): how text
// values are compared ("ACME TOOLS, INC." = "Acme Tools Inc").
std::string alnum_key(std::string_view text);

// `value`: a string or number (arrays and objects are grounded item by item
// by the caller). Short values (under four letters or digits) are only
// looked for in the cited lines: they occur everywhere by chance.
Grounding ground_value(const Json& value, const std::vector<ocr::Page>& pages, const std::vector<LineRef>& cited);

}  // namespace kycx::llm
