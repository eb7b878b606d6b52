#include "extractors/forms/w2_reader.hpp"

#include <algorithm>
#include <cctype>

#include <re2/re2.h>

#include "core/ascii.hpp"
#include "core/document_types.hpp"
#include "extractors/common/confusions.hpp"
#include "extractors/common/layout_fields.hpp"
#include "extractors/common/layout_values.hpp"
#include "extractors/common/name_reread.hpp"
#include "extractors/common/reread.hpp"
#include "extractors/common/text_match.hpp"

namespace kycx::extractors::forms {

namespace {

// The money boxes read: the label printed in each, and its box number. The
// label's small print often reads poorly; the number followed by one of
// its words is enough.
struct BoxLabel {
  std::string_view field;
  std::string_view number;
  std::string_view label;
};
constexpr BoxLabel kMoneyBoxes[] = {
    {"wages", "1", "Wages, tips, other compensation"},
    {"federal_income_tax_withheld", "2", "Federal income tax withheld"},
    {"social_security_wages", "3", "Social security wages"},
    {"social_security_tax_withheld", "4", "Social security tax withheld"},
    {"medicare_wages", "5", "Medicare wages and tips"},
    {"medicare_tax_withheld", "6", "Medicare tax withheld"},
};
const RereadOptions kW2MoneyReread{.below_confidence = 0.9, .pad = 0.5, .whitelist = "0123456789.,$"};
const RereadOptions kEinReread{.below_confidence = 0.9, .pad = 0.5, .whitelist = "0123456789-"};

// Words of a label after its number looked at, at most.
constexpr size_t kLabelWords = 5;
constexpr std::string_view kSsnLabel[] = {"Employee's social security number"};
constexpr std::string_view kEinLabel[] = {"Employer identification number", "Employer's identification number"};
constexpr std::string_view kEmployerLabel[] = {"Employer's name, address, and ZIP code", "Employers name, address"};
// (Not "Employee's name": one OCR slip from "Employer's name".)
constexpr std::string_view kEmployeeLabel[] = {"Employee's first name and initial", "Employee's first name"};

// How far below its label a box's value may start, in label heights (a box
// is about five label heights tall).
constexpr double kMaxDrop = 10;

// The column of a box: from its label's left edge to the next phrase right
// of the label (the next box's label), or to the page's right edge.
BelowOptions box_column(const FormLayout& layout, const LabelHit& label, int rows = 1) {
  const double margin = label.box.height();
  return {.x0 = label.box.x0 - margin, .x1 = layout.next_phrase_x(label, 1.0), .max_rows = rows, .max_drop = kMaxDrop};
}

// The same, ending at the next phrase that starts with a box number ("11",
// "12a"): the name box's "Last name" and "Suff." headings lie inside it.
BelowOptions name_column(const FormLayout& layout, const LabelHit& label) {
  BelowOptions options = box_column(layout, label);
  options.x1 = 1.0;
  const LayoutRow& row = layout.rows()[static_cast<size_t>(label.row)];
  for (size_t pos = static_cast<size_t>(label.last) + 1; pos < row.words.size(); ++pos) {
    const LayoutWord& w = layout.words()[static_cast<size_t>(row.words[pos])];
    if (!w.tokens.empty() && std::isdigit(static_cast<unsigned char>(w.tokens[0][0])) != 0) {
      options.x1 = w.box.x0;
      break;
    }
  }
  return options;
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

class W2Parser {
 public:
  W2Parser(const ExtractContext& context, const FormLayout& layout) : context_(context), layout_(layout) {}

  std::optional<Extraction> run() && {
    identifiers();
    names();
    money();
    tax_year();
    return std::move(fields_).finish();
  }

 private:
  void set(const std::string& name, std::optional<Field> field) { fields_.set(name, std::move(field)); }

  // Readings of a pattern in the box under each of the labels (one per copy
  // of the form), and anywhere else on the page: a page holding several
  // copies often has the labels of only some read, and each copy's number
  // is one more vote (the patterns are found nowhere else on a W-2).
  std::optional<Field> identifier(std::span<const std::string_view> labels, const RE2& pattern) const {
    std::vector<Field> readings;
    std::vector<int> used;  // first word of each reading taken
    auto take = [&](const SpanText& found) {
      if (std::find(used.begin(), used.end(), found.words.front()) != used.end()) return;
      used.push_back(found.words.front());
      readings.push_back(form_field(layout_, found.words, found.text));
    };
    for (const LabelHit& hit : layout_.find_label(labels)) {
      for (const LayoutSpan& row : layout_.below(hit, box_column(layout_, hit))) {
        if (auto found = pattern_in(layout_, row, pattern)) take(*found);
      }
    }
    for (const LayoutRow& row : layout_.rows()) {
      for (const SpanText& found : patterns_in(layout_, row.words, pattern)) take(found);
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
    return reread_if_unsure(context_, std::move(*field), parse, kEinReread);
  }

  void identifiers() {
    static const RE2 kSsn(R"([0-9]{3}-[0-9]{2}-[0-9]{4})");
    static const RE2 kEin(R"([0-9]{2}-[0-9]{7})");
    set("employee_ssn", identifier(kSsnLabel, kSsn));
    set("employer_ein", identifier(kEinLabel, kEin));
  }

  std::optional<Field> name_below(std::span<const std::string_view> labels) const {
    std::vector<Field> readings;
    for (const LabelHit& hit : layout_.find_label(labels)) {
      const BelowOptions column = name_column(layout_, hit);
      for (const LayoutSpan& row : layout_.below(hit, column)) {
        if (auto name = name_in(layout_, row)) readings.push_back(form_field(layout_, name->words, name->text));
      }
    }
    return vote(readings);
  }

  // Box c: the employer's name is the box's first line, digits and all
  // ("NORTH 312", "3M Company"); the lines under it are its address.
  std::optional<Field> employer_below() const {
    std::vector<Field> readings;
    for (const LabelHit& hit : layout_.find_label(kEmployerLabel)) {
      for (const LayoutSpan& row : layout_.below(hit, box_column(layout_, hit))) {
        const auto first = name_in(layout_, row);
        if (!first) continue;
        if (first->words.front() != row.front()) break;  // the first line starts with a number: no name line
        LayoutSpan whole(std::find(row.begin(), row.end(), first->words.front()), row.end());
        auto all = organisation_in(layout_, whole);
        if (all) readings.push_back(form_field(layout_, all->words, all->text));
        break;
      }
    }
    return vote(readings);
  }

  void names() {
    set("employer_name", employer_below());
    auto employee = name_below(kEmployeeLabel);
    if (employee) employee = reread_name(context_, std::move(*employee));
    set("employee_name", std::move(employee));
  }

  void money() {
    for (const BoxLabel& box : kMoneyBoxes) {
      std::vector<Field> readings;
      std::vector<LayoutSpan> unreadable;  // cells with digits but no amount
      for (const LabelHit& hit : box_labels(layout_, box)) {
        for (const LayoutSpan& row : layout_.below(hit, box_column(layout_, hit))) {
          const std::vector<SpanMoney> amounts = leading_money(layout_, row);
          if (!amounts.empty()) {
            readings.push_back(form_field(layout_, amounts[0].words, format_money(amounts[0].money.cents)));
          } else if (has_ascii_digit(layout_.text(row))) {
            unreadable.push_back(row);
          }
        }
      }
      for (size_t k = 0; readings.empty() && k < unreadable.size(); ++k) {
        if (auto again = reread_words(context_, layout_, unreadable[k], single_amount, kW2MoneyReread)) {
          readings.push_back(std::move(*again));
        }
      }
      auto field = vote(readings);
      if (field) field = reread_if_unsure(context_, std::move(*field), single_amount, kW2MoneyReread);
      if (box.field == "wages" && field) {
        Field currency = *field;  // a W-2 is in US dollars; its source is the wages box
        currency.value = "USD";
        set("currency", std::move(currency));
      }
      set(std::string(box.field), std::move(field));
    }
  }

  // The year printed large in the form's title ("2024", or "2 0 2 4" when
  // OCR reads its wide letter spacing as four words): the tallest, one per copy.
  void tax_year() {
    static const RE2 kYear(R"((19|20)[0-9]{2})");
    struct Year {
      LayoutSpan words;
      std::string text;
      double height = 0;
    };
    std::vector<Year> years;
    for (const LayoutRow& row : layout_.rows()) {
      for (size_t start = 0; start < row.words.size(); ++start) {
        Year y;
        for (size_t k = start; k < row.words.size() && y.text.size() < 4; ++k) {
          const LayoutWord& w = layout_.words()[static_cast<size_t>(row.words[k])];
          if (!y.words.empty()) {
            const BBox& prev = layout_.words()[static_cast<size_t>(y.words.back())].box;
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
      if (y.height >= 0.8 * tallest) readings.push_back(form_field(layout_, y.words, y.text));
    }
    set("tax_year", vote(readings));
  }

  const ExtractContext& context_;
  const FormLayout& layout_;
  FormFields fields_;
};

}  // namespace

std::optional<Extraction> read_w2(const ExtractContext& context) {
  const FormLayout layout(context.pages);
  return W2Parser(context, layout).run();
}

std::string_view W2Reader::document_type() const {
  return document_types::kW2;
}

std::optional<Extraction> W2Reader::read(const Classification& /*classification*/,
                                         const ExtractContext& context) const {
  return read_w2(context);
}

}  // namespace kycx::extractors::forms
