#include "extractors/forms/form_boxes.hpp"

#include <algorithm>
#include <cctype>

#include "core/ascii.hpp"
#include "extractors/common/confusions.hpp"
#include "extractors/common/reread.hpp"
#include "extractors/common/text_match.hpp"

namespace kycx::extractors::forms {

namespace {

// Words of a label after its number looked at, at most.
constexpr size_t kLabelWords = 5;

// How far below its label a box's value may start, in label heights (a box
// is about five label heights tall).
constexpr double kMaxDrop = 10;

const RereadOptions kMoneyReread{.below_confidence = 0.9, .pad = 0.5, .whitelist = "0123456789.,$"};
const RereadOptions kIdentifierReread{.below_confidence = 0.9, .pad = 0.5, .whitelist = "0123456789-"};

// Box labels printed as "<number> <label words>" where the number is read
// exactly and at least one word of the label (or of its OCR slips) follows
// in the same phrase: "1 Veges toc. cher compensation".
std::vector<LabelHit> numbered_labels(const FormLayout& layout, const BoxLabel& box) {
  const std::string folded = fold(box.label);
  std::vector<std::string> want;
  for (size_t start = 0; start < folded.size();) {
    const size_t end = std::min(folded.find(' ', start), folded.size());
    want.push_back(folded.substr(start, end - start));
    start = end + 1;
  }
  std::vector<LabelHit> out;
  for (size_t r = 0; r < layout.rows().size(); ++r) {
    const LayoutRow& row = layout.rows()[r];
    for (size_t pos = 0; pos + 1 < row.words.size(); ++pos) {
      const LayoutWord& number = layout.words()[static_cast<size_t>(row.words[pos])];
      if (number.tokens.size() != 1 || number.tokens[0] != box.number) continue;
      int last = -1;
      const BBox* previous = &number.box;
      for (size_t k = pos + 1; k < row.words.size() && k <= pos + kLabelWords; ++k) {
        const LayoutWord& w = layout.words()[static_cast<size_t>(row.words[k])];
        if (w.box.x0 - previous->x1 > 1.5 * std::max(row.height, w.box.height())) break;
        previous = &w.box;
        for (const std::string& t : w.tokens) {
          if (std::any_of(want.begin(), want.end(), [&](const std::string& x) {
                return x.size() >= 4 && (fuzzy_word_equal(t, x) || (t.size() >= 6 && edit_distance(t, x, 3) <= 3));
              })) {
            last = static_cast<int>(k);
          }
        }
      }
      if (last < 0) continue;
      LabelHit hit{.row = static_cast<int>(r), .first = static_cast<int>(pos), .last = last, .box = {}};
      for (int k = hit.first; k <= hit.last; ++k) {
        hit.box = united(hit.box, layout.words()[static_cast<size_t>(row.words[static_cast<size_t>(k)])].box);
      }
      out.push_back(hit);
    }
  }
  return out;
}

}  // namespace

// The column of a box: from its label's left edge to the next phrase right
// of the label (the next box's label), or to the page's right edge.
BelowOptions box_column(const FormLayout& layout, const LabelHit& label, int rows) {
  const double margin = label.box.height();
  return {.x0 = label.box.x0 - margin, .x1 = layout.next_phrase_x(label, 1.0), .max_rows = rows, .max_drop = kMaxDrop};
}

// The labels of a money box: by their words, or by number and a word.
std::vector<LabelHit> box_labels(const FormLayout& layout, const BoxLabel& box) {
  const std::string_view labels[] = {box.label};
  std::vector<LabelHit> out = layout.find_label(labels);
  for (const LabelHit& hit : numbered_labels(layout, box)) {
    const bool known = std::any_of(out.begin(), out.end(), [&](const LabelHit& h) {
      return h.row == hit.row && h.first <= hit.last + 1 && hit.first <= h.last;
    });
    if (!known) out.push_back(hit);
  }
  return out;
}

// The words of `span` with the spaces OCR puts around dashes closed up
// ("48 - 3244670"), then every run matching `pattern` ("NN-NNNNNNN"), left
// to right (a row across the page may cross two copies of the form).
std::vector<SpanText> patterns_in(const FormLayout& layout, const LayoutSpan& span, const RE2& pattern) {
  std::vector<LayoutSpan> groups;
  std::vector<std::string> texts;
  for (int i : span) {
    const std::string& t = layout.words()[static_cast<size_t>(i)].word->text;
    const bool joins = !texts.empty() && (texts.back().back() == '-' || t.front() == '-');
    if (!joins) {
      groups.emplace_back();
      texts.emplace_back();
    }
    groups.back().push_back(i);
    texts.back() += t;
  }
  std::vector<SpanText> out;
  for (size_t g = 0; g < texts.size(); ++g) {
    std::string text = texts[g];
    while (!text.empty() && std::ispunct(static_cast<unsigned char>(text.back())) != 0) text.pop_back();
    if (RE2::FullMatch(text, pattern)) out.push_back(SpanText{text, groups[g]});
  }
  return out;
}

// The first such run.
std::optional<SpanText> pattern_in(const FormLayout& layout, const LayoutSpan& span, const RE2& pattern) {
  auto all = patterns_in(layout, span, pattern);
  if (all.empty()) return std::nullopt;
  return std::move(all.front());
}

namespace {

// A box's row starting with a whole number of dollars after a "$" ("$ 5000")
// or grouped ("5,000"): what payers print in a box whose label says it holds
// money. A bare "2025" is not one (1099-G box 3 prints a year).
std::optional<Field> whole_dollars_in(const FormLayout& layout, const LayoutSpan& row) {
  static const RE2 kDollars(R"(\$?\s*([0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,9}))");
  LayoutSpan digits;
  std::string number;
  static const RE2 kGroup(R"([0-9][0-9,]*)");
  bool dollar = false;
  for (int i : row) {
    const std::string& t = layout.words()[static_cast<size_t>(i)].word->text;
    if (t == "$" && digits.empty()) {
      dollar = true;
      continue;
    }
    if (!RE2::FullMatch(t, kGroup)) break;  // the amount ends at the first word that is not part of it
    digits.push_back(i);
    number += t;
  }
  std::string whole;
  if (digits.empty() || !RE2::FullMatch(number, kDollars, &whole)) return std::nullopt;
  // Without a "$" or thousands grouping a bare number may be a year or a code.
  if (!dollar && number.find(',') == std::string::npos) return std::nullopt;
  std::erase(whole, ',');
  return form_field(layout, digits, format_money(std::stoll(whole) * 100));
}

// Words of the label's own layout row that lie in its box's column wholly
// below the label: a taller phrase beside the box ("Copy B") can join the
// label's line and the amount's into one row.
std::optional<LayoutSpan> under_label_in_its_row(const FormLayout& layout, const LabelHit& hit,
                                                 const BelowOptions& column) {
  LayoutSpan out;
  const LayoutRow& row = layout.rows()[static_cast<size_t>(hit.row)];
  for (int i : row.words) {
    const BBox& b = layout.words()[static_cast<size_t>(i)].box;
    const double centre = (b.x0 + b.x1) / 2;
    if (b.y0 >= hit.box.y1 && centre >= column.x0 && centre <= column.x1) out.push_back(i);
  }
  if (out.empty()) return std::nullopt;
  return out;
}

}  // namespace

std::optional<Field> read_money_box(const ExtractContext& context, const FormLayout& layout, const BoxLabel& box,
                                    bool whole_dollars) {
  std::vector<Field> readings;
  std::vector<LayoutSpan> unreadable;  // cells with digits but no amount
  for (const LabelHit& hit : box_labels(layout, box)) {
    const BelowOptions column = box_column(layout, hit);
    std::vector<LayoutSpan> rows = layout.below(hit, column);
    if (auto lower = under_label_in_its_row(layout, hit, column)) rows.insert(rows.begin(), std::move(*lower));
    for (const LayoutSpan& row : rows) {
      const std::vector<SpanMoney> amounts = leading_money(layout, row);
      if (!amounts.empty()) {
        readings.push_back(form_field(layout, amounts[0].words, format_money(amounts[0].money.cents)));
      } else if (auto dollars = whole_dollars ? whole_dollars_in(layout, row) : std::nullopt) {
        readings.push_back(std::move(*dollars));
      } else if (has_ascii_digit(layout.text(row))) {
        unreadable.push_back(row);
      }
    }
  }
  for (size_t k = 0; readings.empty() && k < unreadable.size(); ++k) {
    if (auto again = reread_words(context, layout, unreadable[k], single_amount, kMoneyReread)) {
      readings.push_back(std::move(*again));
    }
  }
  auto field = vote(readings);
  if (field) field = reread_if_unsure(context, std::move(*field), single_amount, kMoneyReread);
  return field;
}

std::optional<Field> read_identifier_box(const ExtractContext& context, const FormLayout& layout,
                                         std::span<const std::string_view> labels, const RE2& pattern, bool anywhere) {
  std::vector<Field> readings;
  std::vector<int> used;  // first word of each reading taken
  auto take = [&](const SpanText& found) {
    if (std::find(used.begin(), used.end(), found.words.front()) != used.end()) return;
    used.push_back(found.words.front());
    readings.push_back(form_field(layout, found.words, found.text));
  };
  for (const LabelHit& hit : layout.find_label(labels)) {
    for (const LayoutSpan& row : layout.below(hit, box_column(layout, hit))) {
      if (auto found = pattern_in(layout, row, pattern)) take(*found);
    }
  }
  if (anywhere) {
    for (const LayoutRow& row : layout.rows()) {
      for (const SpanText& found : patterns_in(layout, row.words, pattern)) take(found);
    }
  }
  auto field = vote(readings);
  if (!field) return field;
  const ValueParser parse = [&pattern](std::string_view text) -> std::optional<std::string> {
    std::string compact;
    for (char c : text) {
      if (c != ' ') compact.push_back(c);
    }
    if (!RE2::FullMatch(compact, pattern)) return std::nullopt;
    return compact;
  };
  return reread_if_unsure(context, std::move(*field), parse, kIdentifierReread);
}

namespace {

// Whether `row` is the second line of a long label ("or foreign postal code,
// and telephone no." under "PAYER'S name, street address, ..."): two or more
// of its words of five letters or more are words of the label.
bool continues_label(const FormLayout& layout, const LayoutSpan& row, std::span<const std::string_view> labels) {
  std::string words;
  for (std::string_view l : labels) words += " " + fold(l) + " ";
  words += " or foreign postal code and telephone no ";  // the IRS forms' usual run-on
  int shared = 0;
  for (int i : row) {
    const std::string t = fold(layout.words()[static_cast<size_t>(i)].word->text);
    if (t.size() >= 5 && words.find(" " + t + " ") != std::string::npos) ++shared;
  }
  return shared >= 2;
}

}  // namespace

std::optional<Field> read_first_line_box(const FormLayout& layout, std::span<const std::string_view> labels) {
  std::vector<Field> readings;
  for (const LabelHit& hit : layout.find_label(labels)) {
    BelowOptions column = box_column(layout, hit);
    column.max_rows = 2;  // a long label runs on to a second line of small print
    for (const LayoutSpan& row : layout.below(hit, column)) {
      if (continues_label(layout, row, labels)) continue;
      auto first = name_in(layout, row);
      if (!first) first = organisation_in(layout, row);  // "Side Hustle, Inc."
      if (!first) continue;
      if (first->words.front() != row.front()) break;  // the first line starts with a number: no name line
      LayoutSpan whole(std::find(row.begin(), row.end(), first->words.front()), row.end());
      auto all = organisation_in(layout, whole);
      if (all) readings.push_back(form_field(layout, all->words, all->text));
      break;
    }
  }
  return vote(readings);
}

std::optional<Field> read_title_year(const FormLayout& layout) {
  static const RE2 kYear(R"((19|20)[0-9]{2})");
  struct Year {
    LayoutSpan words;
    std::string text;
    double height = 0;
  };
  std::vector<Year> years;
  for (const LayoutRow& row : layout.rows()) {
    for (size_t start = 0; start < row.words.size(); ++start) {
      Year y;
      for (size_t k = start; k < row.words.size() && y.text.size() < 4; ++k) {
        const LayoutWord& w = layout.words()[static_cast<size_t>(row.words[k])];
        if (!y.words.empty()) {
          const BBox& prev = layout.words()[static_cast<size_t>(y.words.back())].box;
          if (w.box.x0 - prev.x1 > w.box.height()) break;
        }
        y.words.push_back(row.words[k]);
        for (char c : w.word->text) {  // "2 O 2 5"
          const char digit = digit_lookalike(c, ConfusionUse::kDateDigit);
          y.text.push_back(digit != 0 ? digit : c);
        }
        y.height = std::max(y.height, w.box.height());
      }
      if (RE2::FullMatch(y.text, kYear)) years.push_back(std::move(y));
    }
  }
  double tallest = 0;
  for (const Year& y : years) tallest = std::max(tallest, y.height);
  std::vector<Field> readings;
  for (const Year& y : years) {
    if (y.height >= 0.8 * tallest) readings.push_back(form_field(layout, y.words, y.text));
  }
  return vote(readings);
}

}  // namespace kycx::extractors::forms
