#include "extractors/common/layout_values.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "extractors/common/field_builder.hpp"

namespace kycx::extractors {

namespace {

bool is_letter_byte(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0 || (c & 0x80) != 0;
}
bool is_digit_byte(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

// Characters that may stick to a name's first or last word: OCR noise,
// punctuation of the surrounding text.
bool is_stray(char c) {
  return !is_letter_byte(c) && !is_digit_byte(c);
}

// Words of one amount OCR split at a separator lie closer than this many word heights.
constexpr double kSplitAmountGap = 0.8;

// A reading whose OCR confidence beats the other side of a tie by this much wins it.
constexpr double kTieMargin = 0.1;

}  // namespace

namespace {

// The span's words joined by spaces, except where OCR split one amount at a
// separator ("100, 384.72", "138447 .31": no space is printed there), with
// where each word starts in the text.
struct JoinedText {
  std::string text;
  std::vector<size_t> starts;
};

bool is_separator(char c) {
  return c == ',' || c == '.';
}

JoinedText joined_amounts(const FormLayout& layout, const LayoutSpan& span) {
  JoinedText out;
  const LayoutWord* previous = nullptr;
  for (int i : span) {
    const LayoutWord& w = layout.words()[static_cast<size_t>(i)];
    const std::string& t = w.word->text;
    if (previous != nullptr) {
      const std::string& p = previous->word->text;
      const bool close =
          w.box.x0 - previous->box.x1 < kSplitAmountGap * std::max(w.box.height(), previous->box.height());
      // "1 ,234.56", "1, 234.56", "1 ,234" ".56", and a separator read as a word of its own ("132 , 048").
      const bool split = (is_separator(p.back()) && is_digit_byte(t.front())) ||
                         (is_separator(t.front()) && is_digit_byte(p.back()) && (t.size() == 1 || is_digit_byte(t[1])));
      if (!(close && split)) out.text.push_back(' ');
    }
    out.starts.push_back(out.text.size());
    out.text += t;
    previous = &w;
  }
  return out;
}

LayoutSpan words_in(const JoinedText& joined, const LayoutSpan& span, size_t begin, size_t end) {
  LayoutSpan out;
  for (size_t k = 0; k < span.size(); ++k) {
    const size_t start = joined.starts[k];
    const size_t stop = k + 1 < span.size() ? joined.starts[k + 1] : joined.text.size();
    if (start < end && stop > begin) out.push_back(span[k]);
  }
  return out;
}

}  // namespace

std::vector<SpanDate> dates_in(const FormLayout& layout, const LayoutSpan& span, const DateParseOptions& options,
                               bool with_yearless) {
  JoinedText joined;
  for (int i : span) {
    if (!joined.text.empty()) joined.text.push_back(' ');
    joined.starts.push_back(joined.text.size());
    joined.text += layout.words()[static_cast<size_t>(i)].word->text;
  }
  std::vector<SpanDate> out;
  for (const DateMatch& m : find_printed_dates(joined.text, options)) {
    if (m.has_year || with_yearless) {
      out.push_back({m.date, words_in(joined, span, m.begin, m.end), m.has_year, m.ambiguous});
    }
  }
  return out;
}

std::vector<SpanMoney> leading_money(const FormLayout& layout, const LayoutSpan& span,
                                     const MoneyParseOptions& options) {
  MoneyParseOptions o = options;
  o.require_decimals = true;
  const JoinedText joined = joined_amounts(layout, span);
  const std::string& text = joined.text;
  std::vector<SpanMoney> out;
  size_t previous_end = 0;
  for (const MoneyMatch& m : find_printed_money(text, o)) {
    const std::string_view between(text.data() + previous_end, m.begin - previous_end);
    if (std::any_of(between.begin(), between.end(), is_letter_byte)) break;
    out.push_back({m.money, words_in(joined, span, m.begin, m.end)});
    previous_end = m.end;
  }
  return out;
}

std::vector<SpanMoney> money_in(const FormLayout& layout, const LayoutSpan& span, const MoneyParseOptions& options) {
  MoneyParseOptions o = options;
  o.require_decimals = true;
  const JoinedText joined = joined_amounts(layout, span);
  std::vector<SpanMoney> out;
  for (const MoneyMatch& m : find_printed_money(joined.text, o)) {
    out.push_back({m.money, words_in(joined, span, m.begin, m.end)});
  }
  return out;
}

namespace {

std::optional<SpanText> name_words(const FormLayout& layout, const LayoutSpan& span, bool digits_end_it) {
  SpanText out;
  std::vector<std::string> texts;
  for (int i : span) {
    const std::string& t = layout.words()[static_cast<size_t>(i)].word->text;
    if (digits_end_it && std::any_of(t.begin(), t.end(), is_digit_byte)) break;
    if (t.size() > 1 && t.back() == ':') break;
    out.words.push_back(i);
    texts.push_back(t);
  }
  // Words of punctuation only at either end are dropped, then stray marks trimmed.
  while (!texts.empty() && std::all_of(texts.back().begin(), texts.back().end(), is_stray)) {
    texts.pop_back();
    out.words.pop_back();
  }
  while (!texts.empty() && std::all_of(texts.front().begin(), texts.front().end(), is_stray)) {
    texts.erase(texts.begin());
    out.words.erase(out.words.begin());
  }
  if (texts.empty()) return std::nullopt;
  std::string& first = texts.front();
  first.erase(first.begin(), std::find_if_not(first.begin(), first.end(), is_stray));
  std::string& last = texts.back();
  while (!last.empty() && is_stray(last.back()) && last.back() != '.') last.pop_back();
  for (const std::string& t : texts) {
    if (t.empty()) continue;
    if (!out.text.empty()) out.text.push_back(' ');
    out.text += t;
  }
  if (std::none_of(out.text.begin(), out.text.end(), is_letter_byte)) return std::nullopt;
  return out;
}

}  // namespace

std::optional<SpanText> name_in(const FormLayout& layout, const LayoutSpan& span) {
  return name_words(layout, span, true);
}

std::optional<SpanText> organisation_in(const FormLayout& layout, const LayoutSpan& span) {
  return name_words(layout, span, false);
}

std::optional<std::string> single_amount(std::string_view text) {
  const auto found = find_printed_money(
      text, {.decimal_mark = DecimalMark::kAuto, .dollar_currency = "USD", .require_decimals = true});
  if (found.size() != 1) return std::nullopt;
  return format_money(found[0].money.cents);
}

Field form_field(const FormLayout& layout, const LayoutSpan& span, Json value) {
  const int page = layout.words()[static_cast<size_t>(span.front())].page + 1;
  const std::vector<const ocr::Word*> words = layout.ocr_words(span);
  return field_from_words(std::move(value), Method::kOcrRules, page, words);
}

void FormFields::set(const std::string& name, std::optional<Field> field) {
  if (field && !field->missing()) fields_.set(name, std::move(*field));
}

std::optional<Extraction> FormFields::finish() && {
  if (fields_.empty()) return std::nullopt;
  Extraction out;
  out.fields = std::move(fields_);
  out.extractors.emplace_back("ocr_rules");
  return out;
}

std::optional<Field> vote(const std::vector<Field>& readings) {
  struct Group {
    const Field* best = nullptr;  // the reading with the highest OCR confidence
    std::vector<const Field*> members;
  };
  std::vector<Group> groups;
  for (const Field& f : readings) {
    if (f.missing()) continue;
    auto it = std::find_if(groups.begin(), groups.end(), [&](const Group& g) { return g.best->value == f.value; });
    if (it == groups.end()) {
      groups.push_back({&f, {&f}});
      continue;
    }
    it->members.push_back(&f);
    if (f.evidence.ocr_confidence > it->best->evidence.ocr_confidence) it->best = &f;
  }
  if (groups.empty()) return std::nullopt;
  std::stable_sort(groups.begin(), groups.end(),
                   [](const Group& a, const Group& b) { return a.members.size() > b.members.size(); });
  if (groups.size() > 1 && groups[0].members.size() == groups[1].members.size()) {
    const double a = groups[0].best->evidence.ocr_confidence, b = groups[1].best->evidence.ocr_confidence;
    if (std::abs(a - b) < kTieMargin) return std::nullopt;  // ambiguous: left for review
    if (b > a) std::swap(groups[0], groups[1]);
  }
  Field out = *groups[0].best;
  out.source.clear();
  for (const Field* f : groups[0].members) out.source.insert(out.source.end(), f->source.begin(), f->source.end());
  out.evidence.readings = static_cast<int>(groups[0].members.size());
  out.evidence.readings_agree = groups.size() == 1;
  size_t total = 0;
  for (const Group& g : groups) total += g.members.size();
  if (2 * groups[0].members.size() <= total) out.review.add("conflict");  // no majority: a person decides
  return out;
}

}  // namespace kycx::extractors
