// The document as the model sees it: every visible line of every page in
// reading order, numbered "p1:l12", with sensitive numbers redacted. Lines
// map back to the page words they came from. Value type; not synchronised.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "llm/redactor.hpp"
#include "ocr/page.hpp"

namespace kycx::llm {

struct LineRef {
  int page_index = 0;  // index into the pages vector
  int line_index = 0;  // index into that page's lines
};

class DocumentLines {
 public:
  // Only PageText words are used: text no reader can see was dropped by the
  // ingest and never reaches the model.
  static DocumentLines build(const std::vector<ocr::Page>& pages, Redactor& redactor);

  // "p1:l1 text\np1:l2 text..." (redacted).
  std::string rendered() const;
  size_t size() const { return ids_.size(); }
  std::optional<LineRef> find(std::string_view id) const;

 private:
  std::vector<std::string> ids_;
  std::vector<std::string> texts_;
  std::vector<LineRef> refs_;
};

}  // namespace kycx::llm
