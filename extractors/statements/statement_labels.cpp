#include "extractors/statements/statement_labels.hpp"

#include <string>

#include "extractors/common/text_match.hpp"

namespace kycx::extractors::statements {

namespace {

std::vector<std::string> split_folded(std::string_view text) {
  std::vector<std::string> out;
  const std::string f = fold(text);
  size_t start = 0;
  while (start < f.size()) {
    size_t end = f.find(' ', start);
    if (end == std::string::npos) end = f.size();
    out.push_back(f.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace

std::optional<LabelSpan> find_label_in_row(const TextRow& row, std::span<const std::string_view> labels, size_t from) {
  // The row's folded tokens, each remembering its word.
  std::vector<std::pair<std::string, size_t>> tokens;
  for (size_t w = from; w < row.words.size(); ++w) {
    for (std::string& t : split_folded(row.words[w].word->text)) tokens.emplace_back(std::move(t), w);
  }
  std::optional<LabelSpan> best;
  size_t best_start = 0, best_len = 0;
  for (std::string_view label : labels) {
    const std::vector<std::string> want = split_folded(label);
    if (want.empty()) continue;
    // OCR glues a short label's words ("Valuedate"): one token may print them all.
    std::string glued;
    for (const std::string& w : want) glued += w;
    for (size_t t = 0; t < tokens.size(); ++t) {
      if (best && (t > best_start || (t == best_start && want.size() <= best_len))) break;
      size_t span = 0;
      bool match = t + want.size() <= tokens.size();
      for (size_t k = 0; k < want.size() && match; ++k) match = fuzzy_word_equal(tokens[t + k].first, want[k]);
      if (match) {
        span = want.size();
      } else if (want.size() > 1 && fuzzy_word_equal(tokens[t].first, glued)) {
        span = 1;
      } else {
        continue;
      }
      best = LabelSpan{tokens[t].second, tokens[t + span - 1].second + 1};
      best_start = t, best_len = want.size();
      break;
    }
  }
  return best;
}

std::vector<StatementLabelHit> find_label(const PageRows& page, std::span<const std::string_view> labels) {
  std::vector<StatementLabelHit> hits;
  for (size_t r = 0; r < page.rows.size(); ++r) {
    if (auto span = find_label_in_row(page.rows[r], labels)) hits.push_back({r, *span});
  }
  return hits;
}

}  // namespace kycx::extractors::statements
