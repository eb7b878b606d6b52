#include "extractors/forms/tax_form_reader.hpp"

#include <algorithm>
#include <cctype>

#include <re2/re2.h>

#include "extractors/common/layout_fields.hpp"
#include "extractors/common/layout_values.hpp"
#include "extractors/common/name_reread.hpp"
#include "extractors/common/text_match.hpp"
#include "extractors/forms/form_boxes.hpp"
#include "schemas/schema_registry.hpp"

namespace kycx::extractors::forms {

namespace {

// A box as the schema's first label names it: "1 Interest income", "2a
// Taxable amount", "Box 5 Net benefits for" -> number and label; nullopt for
// a label without a box number.
std::optional<BoxLabel> box_of(const schemas::FieldSpec& field) {
  if (field.labels.empty()) return std::nullopt;
  static const RE2 kNumbered(R"((?i)(?:box\s+)?([0-9]{1,2}[a-z]?)\s+(.+))");
  std::string number, label;
  if (!RE2::FullMatch(field.labels.front(), kNumbered, &number, &label)) return std::nullopt;
  for (char& c : number) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return BoxLabel{field.name, number, label};
}

std::vector<std::string_view> labels_of(const schemas::FieldSpec* field) {
  std::vector<std::string_view> out;
  if (field != nullptr) {
    for (const std::string& l : field->labels) out.emplace_back(l);
  }
  return out;
}

// A TIN as printed: an EIN, an SSN, nine digits, or an SSN masked but for its last four digits.
const RE2& tin_pattern() {
  static const RE2 kTin(R"(([0-9]{3}|\*{3}|[Xx]{3})-([0-9]{2}|\*{2}|[Xx]{2})-[0-9]{4}|[0-9]{2}-[0-9]{7}|[0-9]{9})");
  return kTin;
}

}  // namespace

std::optional<Extraction> TaxFormReader::read(const Classification& /*classification*/,
                                              const ExtractContext& context) const {
  const schemas::DocumentSchema* schema = schemas::SchemaRegistry::builtin().find(type_);
  if (schema == nullptr) return std::nullopt;
  const FormLayout layout(context.pages);
  FormFields fields;
  std::optional<Field> first_amount;
  for (const schemas::FieldSpec& spec : schema->fields()) {
    if (spec.kind != "money_magnitude" && spec.kind != "money") continue;
    const auto box = box_of(spec);
    if (!box) continue;
    auto field = read_money_box(context, layout, *box, true);
    if (field && !first_amount) first_amount = field;
    fields.set(spec.name, std::move(field));
  }
  if (first_amount && schema->field("currency") != nullptr) {
    Field currency = *first_amount;  // US tax forms are in dollars; the source is the first box read
    currency.value = "USD";
    fields.set("currency", std::move(currency));
  }
  for (const char* name : {"payer_tin", "recipient_tin"}) {
    const auto labels = labels_of(schema->field(name));
    if (!labels.empty()) fields.set(name, read_identifier_box(context, layout, labels, tin_pattern(), false));
  }
  if (type_ == "ssa_1099") {
    // The SSA-1099's payer is the agency that prints it: its name as printed.
    const std::string_view agency[] = {"Social Security Administration"};
    std::vector<Field> readings;
    for (const LabelHit& hit : layout.find_label(agency)) {
      LayoutSpan words(layout.rows()[static_cast<size_t>(hit.row)].words.begin() + hit.first,
                       layout.rows()[static_cast<size_t>(hit.row)].words.begin() + hit.last + 1);
      readings.push_back(form_field(layout, words, layout.text(words)));
    }
    fields.set("payer_name", vote(readings));
  } else if (const auto labels = labels_of(schema->field("payer_name")); !labels.empty()) {
    fields.set("payer_name", read_first_line_box(layout, labels));
  }
  if (const auto labels = labels_of(schema->field("recipient_name")); !labels.empty()) {
    std::vector<Field> readings;
    for (const LabelHit& hit : layout.find_label(labels)) {
      for (const LayoutSpan& row : layout.below(hit, box_column(layout, hit))) {
        if (auto name = name_in(layout, row)) readings.push_back(form_field(layout, name->words, name->text));
        break;
      }
    }
    auto name = vote(readings);
    if (name) name = reread_name(context, std::move(*name));
    fields.set("recipient_name", std::move(name));
  }
  // Box "Account number (see instructions)": an identifier of capitals and
  // digits, never the words of the next box's label.
  if (const auto labels = labels_of(schema->field("account_number")); !labels.empty()) {
    static const RE2 kAccount(R"([A-Z0-9][A-Z0-9-]{3,39})");
    static const RE2 kHasDigit(R"(.*[0-9].*)");
    auto account = read_identifier_box(context, layout, labels, kAccount, false);
    // The form's own number in its footer ("Form 1099-NEC") is no account number.
    const auto& titles = schema->required_evidence();
    const bool form_number = account && std::any_of(titles.begin(), titles.end(), [&](const std::string& t) {
                               return fold(t) == fold(account->value.get<std::string>());
                             });
    if (account && !form_number && RE2::FullMatch(account->value.get<std::string>(), kHasDigit)) {
      fields.set("account_number", std::move(account));
    }
  }
  if (schema->field("tax_year") != nullptr) fields.set("tax_year", read_title_year(layout));
  return std::move(fields).finish();
}

}  // namespace kycx::extractors::forms
