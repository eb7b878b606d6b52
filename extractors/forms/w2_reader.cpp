#include "extractors/forms/w2_reader.hpp"

#include <cctype>

#include <re2/re2.h>

#include "core/document_types.hpp"
#include "extractors/common/layout_fields.hpp"
#include "extractors/common/layout_values.hpp"
#include "extractors/common/name_reread.hpp"
#include "extractors/common/reread.hpp"
#include "extractors/common/text_match.hpp"
#include "extractors/forms/form_boxes.hpp"

namespace kycx::extractors::forms {

namespace {

// The money boxes read.
const BoxLabel kMoneyBoxes[] = {
    {"wages", "1", "Wages, tips, other compensation"},
    {"federal_income_tax_withheld", "2", "Federal income tax withheld"},
    {"social_security_wages", "3", "Social security wages"},
    {"social_security_tax_withheld", "4", "Social security tax withheld"},
    {"medicare_wages", "5", "Medicare wages and tips"},
    {"medicare_tax_withheld", "6", "Medicare tax withheld"},
};
constexpr std::string_view kSsnLabel[] = {"Employee's social security number"};
constexpr std::string_view kEinLabel[] = {"Employer identification number", "Employer's identification number"};
constexpr std::string_view kEmployerLabel[] = {"Employer's name, address, and ZIP code", "Employers name, address"};
// (Not "Employee's name": one OCR slip from "Employer's name".)
constexpr std::string_view kEmployeeLabel[] = {"Employee's first name and initial", "Employee's first name"};

// A box's column (box_column), ending at the next phrase that starts with a box number ("11",
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

  void identifiers() {
    static const RE2 kSsn(R"([0-9]{3}-[0-9]{2}-[0-9]{4})");
    static const RE2 kEin(R"([0-9]{2}-[0-9]{7})");
    // The patterns are found nowhere else on a W-2: every run of them votes.
    set("employee_ssn", read_identifier_box(context_, layout_, kSsnLabel, kSsn, true));
    set("employer_ein", read_identifier_box(context_, layout_, kEinLabel, kEin, true));
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

  void names() {
    set("employer_name", read_first_line_box(layout_, kEmployerLabel));  // box c: "NORTH 312"
    auto employee = name_below(kEmployeeLabel);
    if (employee) employee = reread_name(context_, std::move(*employee));
    set("employee_name", std::move(employee));
  }

  void money() {
    for (const BoxLabel& box : kMoneyBoxes) {
      auto field = read_money_box(context_, layout_, box);
      if (box.field == "wages" && field) {
        Field currency = *field;  // a W-2 is in US dollars; its source is the wages box
        currency.value = "USD";
        set("currency", std::move(currency));
      }
      set(box.field, std::move(field));
    }
  }

  void tax_year() { set("tax_year", read_title_year(layout_)); }

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
