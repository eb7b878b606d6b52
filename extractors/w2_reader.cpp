#include "extractors/w2_reader.hpp"

#include <algorithm>
#include <cctype>

#include <re2/re2.h>

#include "extractors/form_values.hpp"
#include "extractors/layout_fields.hpp"

namespace kycx::extractors {

namespace {

// The boxes read, by the label printed in each (box letter or number dropped:
// OCR often loses it).
struct BoxLabel {
  std::string_view field;
  std::string_view label;
};
constexpr BoxLabel kMoneyBoxes[] = {
    {"wages", "Wages, tips, other compensation"},
    {"federal_income_tax_withheld", "Federal income tax withheld"},
    {"social_security_wages", "Social security wages"},
    {"social_security_tax_withheld", "Social security tax withheld"},
    {"medicare_wages", "Medicare wages and tips"},
    {"medicare_tax_withheld", "Medicare tax withheld"},
};
constexpr std::string_view kSsnLabel[] = {"Employee's social security number"};
constexpr std::string_view kEinLabel[] = {"Employer identification number", "Employer's identification number"};
constexpr std::string_view kEmployerLabel[] = {"Employer's name, address, and ZIP code"};
constexpr std::string_view kEmployeeLabel[] = {"Employee's first name and initial", "Employee's name"};

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
// ("48 - 3244670"), then the first run matching `pattern` ("NN-NNNNNNN").
std::optional<SpanText> pattern_in(const FormLayout& layout, const LayoutSpan& span, const RE2& pattern) {
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
  for (size_t g = 0; g < texts.size(); ++g) {
    std::string text = texts[g];
    while (!text.empty() && std::ispunct(static_cast<unsigned char>(text.back())) != 0) text.pop_back();
    if (RE2::FullMatch(text, pattern)) return SpanText{text, groups[g]};
  }
  return std::nullopt;
}

class W2Parser {
 public:
  explicit W2Parser(const FormLayout& layout) : layout_(layout) {}

  Extraction run() && {
    identifiers();
    names();
    money();
    tax_year();
    Extraction out;
    out.fields = std::move(fields_);
    if (!out.fields.empty()) out.extractors.emplace_back("ocr_rules");
    return out;
  }

 private:
  void set(const std::string& name, std::optional<Field> field) {
    if (field && !field->missing()) fields_.set(name, std::move(*field));
  }

  // Readings of a pattern in the box under each of the labels (one per copy
  // of the form); where no label was read, anywhere on the page.
  std::optional<Field> identifier(std::span<const std::string_view> labels, const RE2& pattern) const {
    std::vector<Field> readings;
    for (const LabelHit& hit : layout_.find_label(labels)) {
      for (const LayoutSpan& row : layout_.below(hit, box_column(layout_, hit))) {
        if (auto found = pattern_in(layout_, row, pattern)) readings.push_back(form_field(layout_, found->words, found->text));
      }
    }
    if (readings.empty()) {
      for (size_t r = 0; r < layout_.rows().size(); ++r) {
        if (auto found = pattern_in(layout_, layout_.rows()[r].words, pattern)) {
          readings.push_back(form_field(layout_, found->words, found->text));
        }
      }
    }
    return vote(readings);
  }

  void identifiers() {
    static const RE2 kSsn(R"([0-9]{3}-[0-9]{2}-[0-9]{4})");
    static const RE2 kEin(R"([0-9]{2}-[0-9]{7})");
    set("employee_ssn", identifier(kSsnLabel, kSsn));
    set("employer_ein", identifier(kEinLabel, kEin));
  }

  std::optional<Field> name_below(std::span<const std::string_view> labels, bool name_box) const {
    std::vector<Field> readings;
    for (const LabelHit& hit : layout_.find_label(labels)) {
      const BelowOptions column = name_box ? name_column(layout_, hit) : box_column(layout_, hit);
      for (const LayoutSpan& row : layout_.below(hit, column)) {
        if (auto name = name_in(layout_, row)) readings.push_back(form_field(layout_, name->words, name->text));
      }
    }
    return vote(readings);
  }

  void names() {
    set("employer_name", name_below(kEmployerLabel, false));
    set("employee_name", name_below(kEmployeeLabel, true));
  }

  void money() {
    for (const BoxLabel& box : kMoneyBoxes) {
      std::vector<Field> readings;
      const std::string_view labels[] = {box.label};
      for (const LabelHit& hit : layout_.find_label(labels)) {
        for (const LayoutSpan& row : layout_.below(hit, box_column(layout_, hit))) {
          const std::vector<SpanMoney> amounts = leading_money(layout_, row);
          if (!amounts.empty()) readings.push_back(form_field(layout_, amounts[0].words, format_money(amounts[0].money.cents)));
        }
      }
      auto field = vote(readings);
      if (box.field == "wages" && field) {
        Field currency = *field;  // a W-2 is in US dollars; its source is the wages box
        currency.value = "USD";
        set("currency", std::move(currency));
      }
      set(std::string(box.field), std::move(field));
    }
  }

  // The year printed large in the form's title ("2024"): the tallest
  // four-digit years, one per copy.
  void tax_year() {
    static const RE2 kYear(R"((19|20)[0-9]{2})");
    std::vector<int> years;
    double tallest = 0;
    for (size_t i = 0; i < layout_.words().size(); ++i) {
      const LayoutWord& w = layout_.words()[i];
      if (!RE2::FullMatch(w.word->text, kYear)) continue;
      years.push_back(static_cast<int>(i));
      tallest = std::max(tallest, w.box.height());
    }
    std::vector<Field> readings;
    for (int i : years) {
      const LayoutWord& w = layout_.words()[static_cast<size_t>(i)];
      if (w.box.height() >= 0.8 * tallest) readings.push_back(form_field(layout_, {i}, w.word->text));
    }
    set("tax_year", vote(readings));
  }

  const FormLayout& layout_;
  FieldSet fields_;
};

}  // namespace

std::optional<Extraction> read_w2(const ExtractContext& context) {
  const FormLayout layout(context.pages);
  Extraction out = W2Parser(layout).run();
  if (out.fields.empty()) return std::nullopt;
  return out;
}

}  // namespace kycx::extractors
