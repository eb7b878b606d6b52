#include "extractors/common/masthead.hpp"

#include <algorithm>
#include <cctype>

#include "core/ascii.hpp"
#include "extractors/common/text_match.hpp"

namespace kycx::extractors {

namespace {

// Words further apart than this many word heights belong to different phrases.
constexpr double kPhraseGap = 1.2;
// A word at either end of the name read with less confidence is a logo mark.
constexpr float kMinConfidence = 0.6f;

// An upper-case letter (Latin-1 or Latin Extended-A capitals included) or '&'.
bool starts_capital(const std::string& text) {
  if (text.empty()) return false;
  const auto b0 = static_cast<unsigned char>(text[0]);
  if (b0 < 0x80) return std::isupper(b0) != 0 || b0 == '&';
  if (text.size() < 2) return false;
  const unsigned cp = ((b0 & 0x1Fu) << 6) | (static_cast<unsigned char>(text[1]) & 0x3Fu);
  return (b0 & 0xE0) == 0xC0 &&
         ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x100 && cp <= 0x17F && cp % 2 == 0));
}

bool only_title_words(const FormLayout& layout, const LayoutSpan& phrase, std::span<const std::string_view> titles) {
  for (int i : phrase) {
    for (const std::string& token : layout.words()[static_cast<size_t>(i)].tokens) {
      if (std::none_of(titles.begin(), titles.end(), [&](std::string_view t) { return fuzzy_word_equal(token, t); })) {
        return false;
      }
    }
  }
  return true;
}

double median_height(const FormLayout& layout, const LayoutSpan& phrase) {
  std::vector<double> h;
  for (int i : phrase) h.push_back(layout.words()[static_cast<size_t>(i)].box.height());
  std::nth_element(h.begin(), h.begin() + static_cast<std::ptrdiff_t>(h.size() / 2), h.end());
  return h[h.size() / 2];
}

std::vector<LayoutSpan> phrases_of(const FormLayout& layout, const LayoutRow& row) {
  std::vector<LayoutSpan> out;
  const BBox* previous = nullptr;
  for (int i : row.words) {
    const BBox& b = layout.words()[static_cast<size_t>(i)].box;
    if (previous == nullptr || b.x0 - previous->x1 > kPhraseGap * std::max(b.height(), previous->height())) {
      out.emplace_back();
    }
    out.back().push_back(i);
    previous = &b;
  }
  return out;
}

}  // namespace

std::optional<SpanText> masthead_name(const FormLayout& layout, const MastheadOptions& options) {
  std::optional<SpanText> best;
  double best_height = 0;
  for (const LayoutRow& row : layout.rows()) {
    if (row.page != 0 || row.box.y0 > options.max_y) continue;
    for (LayoutSpan phrase : phrases_of(layout, row)) {
      // Logo marks read as letters: not capitalised, or read with little confidence.
      auto capital = [&](int i) {
        const ocr::Word& w = *layout.words()[static_cast<size_t>(i)].word;
        return starts_capital(w.text) && w.confidence >= kMinConfidence;
      };
      // An address line ("51 Thistle Lane") is no name, whatever words follow the number.
      if (std::any_of(phrase.begin(), phrase.end(), [&](int i) {
            const std::string& t = layout.words()[static_cast<size_t>(i)].word->text;
            return has_ascii_digit(t);
          }))
        continue;
      while (!phrase.empty() && !capital(phrase.front())) phrase.erase(phrase.begin());
      while (!phrase.empty() && !capital(phrase.back())) phrase.pop_back();
      if (phrase.empty() || only_title_words(layout, phrase, options.title_words)) continue;
      auto name = name_in(layout, phrase);
      if (!name || name->words.size() != phrase.size()) continue;  // digits or a label inside: not a name
      const std::string folded = fold(name->text);
      if (std::count_if(folded.begin(), folded.end(), [](char c) { return c >= 'a' && c <= 'z'; }) < 3) continue;
      const double height = median_height(layout, phrase);
      if (!best || height > best_height) best = std::move(name), best_height = height;
    }
  }
  return best;
}

}  // namespace kycx::extractors
