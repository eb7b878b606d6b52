#include "llm/document_lines.hpp"

namespace kycx::llm {

DocumentLines DocumentLines::build(const std::vector<ocr::Page>& pages, Redactor& redactor) {
  DocumentLines d;
  for (int p = 0; p < static_cast<int>(pages.size()); ++p) {
    const ocr::PageText& text = pages[p].text;
    for (int l = 0; l < static_cast<int>(text.lines.size()); ++l) {
      const ocr::Line& line = text.lines[l];
      if (line.word_count == 0) continue;
      std::vector<std::string> words;
      for (int w = line.first_word; w < line.first_word + line.word_count; ++w) words.push_back(text.words[w].text);
      d.ids_.push_back("p" + std::to_string(text.info.page) + ":l" + std::to_string(l + 1));
      d.texts_.push_back(redactor.redact_words(words));
      d.refs_.push_back({p, l});
    }
  }
  // A number redacted on one line must not show through inside another.
  for (auto& t : d.texts_) t = redactor.redact_known(std::move(t));
  return d;
}

std::string DocumentLines::rendered() const {
  std::string out;
  for (size_t i = 0; i < ids_.size(); ++i) {
    out += ids_[i];
    out += ' ';
    out += texts_[i];
    out += '\n';
  }
  if (!out.empty()) out.pop_back();
  return out;
}

std::optional<LineRef> DocumentLines::find(std::string_view id) const {
  for (size_t i = 0; i < ids_.size(); ++i) {
    if (ids_[i] == id) return refs_[i];
  }
  return std::nullopt;
}

}  // namespace kycx::llm
