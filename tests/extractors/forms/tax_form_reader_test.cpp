// The 1099 reader (one reader, driven by each 1099 type's schema) on hand-built
// pages laid out like the IRS forms: payer block, TIN boxes side by side,
// numbered money boxes with the "$" at the box's left and the amount at its right.
#include "extractors/forms/tax_form_reader.hpp"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include "schemas/schema_registry.hpp"
#include "tests/extractors/form_pages.hpp"

namespace kycx::extractors::forms {
namespace {

using testing::join;
using testing::PlacedWord;
using testing::scanned_page;
using testing::text_at;

std::string box_value(const Extraction& e, std::string_view name) {
  const Field* f = e.fields.find(name);
  return f == nullptr || f->missing() ? "" : f->value.get<std::string>();
}

// Words of `text` at x, on the row at y, each character `em` wide.
std::vector<PlacedWord> form_words(const std::string& text, double x, double y, double em = 0.0062) {
  return text_at(text, x, y, em, 0.0105);
}

// A 1099-NEC as the IRS prints it (positions from the 2020 form), with the
// recipient's TIN as `recipient_tin`.
ocr::Page nec_page(const std::string& recipient_tin) {
  return scanned_page({
      form_words("PAYER'S name, street address, city or town, state or province, country, ZIP", 0.089, 0.049),
      form_words("or foreign postal code, and telephone no.", 0.089, 0.060),
      form_words("Side Hustle, Inc.", 0.087, 0.072, 0.0068),
      form_words("9 Washington Throughway", 0.087, 0.084, 0.0068),
      form_words("OMB No. 1545-0116", 0.653, 0.047),
      form_words("2020", 0.663, 0.075, 0.02),
      form_words("Nonemployee Compensation", 0.812, 0.075, 0.0075),
      form_words("Form 1099-NEC", 0.656, 0.121),
      join(form_words("1 Nonemployee compensation", 0.489, 0.138), form_words("Copy B", 0.885, 0.139)),
      join(join(form_words("$", 0.486, 0.153), form_words("5000", 0.756, 0.153)), form_words("For", 0.86, 0.153)),
      form_words("2", 0.489, 0.168),
      join(form_words("PAYER'S TIN", 0.086, 0.171), form_words("RECIPIENT'S TIN", 0.286, 0.171)),
      join(form_words("90-3475388", 0.148, 0.199), form_words(recipient_tin, 0.345, 0.199)),
      form_words("RECIPIENT'S name", 0.089, 0.232),
      join(form_words("Anastasia Hodges", 0.087, 0.252, 0.0068), form_words("3", 0.489, 0.229)),
      join(form_words("Street address (including apt. no.)", 0.089, 0.277),
           form_words("4 Federal income tax withheld", 0.489, 0.274)),
      join(form_words("200 2nd Street NE", 0.087, 0.297, 0.0068), form_words("$", 0.486, 0.304)),
      form_words("Account number (see instructions)", 0.089, 0.4),
      join(form_words("5 State tax withheld", 0.489, 0.4), form_words("6 State/Payer's state no.", 0.63, 0.4)),
      join(form_words("Form 1099-NEC", 0.08, 0.45), form_words("(keep for your records)", 0.26, 0.45)),
  });
}

TEST(TaxFormReaderTest, ReadsA1099NecBoxByBox) {
  const std::vector<ocr::Page> pages{nec_page("554-03-0876")};
  const ExtractContext context{.pages = pages, .render = {}};
  const auto read = TaxFormReader("form_1099_nec").read({}, context);
  ASSERT_TRUE(read);
  EXPECT_EQ(box_value(*read, "tax_year"), "2020");
  EXPECT_EQ(box_value(*read, "payer_name"), "Side Hustle, Inc.");  // under the label's run-on line
  EXPECT_EQ(box_value(*read, "payer_tin"), "90-3475388");
  EXPECT_EQ(box_value(*read, "recipient_tin"), "554-03-0876");
  EXPECT_EQ(box_value(*read, "recipient_name"), "Anastasia Hodges");
  EXPECT_EQ(box_value(*read, "nonemployee_compensation"), "5000.00");  // whole dollars, right of the "$"
  EXPECT_EQ(box_value(*read, "currency"), "USD");
  EXPECT_EQ(box_value(*read, "federal_income_tax_withheld"), "");  // an empty box
  EXPECT_EQ(box_value(*read, "account_number"), "");               // the form's footer is no account number
}

TEST(TaxFormReaderTest, AMaskedRecipientTinIsReadAsPrinted) {
  const std::vector<ocr::Page> pages{nec_page("***-**-0876")};
  const auto read = TaxFormReader("form_1099_nec").read({}, ExtractContext{.pages = pages, .render = {}});
  ASSERT_TRUE(read);
  EXPECT_EQ(box_value(*read, "recipient_tin"), "***-**-0876");
}

TEST(TaxFormReaderTest, EverySchemaOfTheFamilyNamesTheBoxOfEachAmount) {
  // The reader finds a money field's box by its first label: "1 Interest income", "Box 5 Net benefits for".
  const RE2 box(R"((?i)(box\s+)?[0-9]{1,2}[a-z]?\s+\S.*)");
  for (const char* type : {"form_1099_int", "form_1099_div", "form_1099_misc", "form_1099_nec", "form_1099_g",
                           "form_1099_r", "ssa_1099"}) {
    const auto* schema = schemas::SchemaRegistry::builtin().find(type);
    ASSERT_NE(schema, nullptr) << type;
    int amounts = 0;
    for (const schemas::FieldSpec& f : schema->fields()) {
      if (f.kind != "money_magnitude") continue;
      ++amounts;
      ASSERT_FALSE(f.labels.empty()) << type << "." << f.name;
      EXPECT_TRUE(RE2::FullMatch(f.labels.front(), box)) << type << "." << f.name << ": " << f.labels.front();
    }
    EXPECT_GE(amounts, 2) << type;
    for (const char* name : {"tax_year", "payer_name", "recipient_name", "recipient_tin", "currency"}) {
      ASSERT_NE(schema->field(name), nullptr) << type << "." << name;
      EXPECT_TRUE(schema->field(name)->required) << type << "." << name;
    }
  }
}

}  // namespace
}  // namespace kycx::extractors::forms
