#include "extractors/common/key_values.hpp"

#include <gtest/gtest.h>

#include "schemas/schema_registry.hpp"
#include "tests/extractors/form_pages.hpp"

namespace kycx::extractors {
namespace {

using testing::PlacedWord;
using testing::scanned_page;
using testing::text_at;

std::vector<PlacedWord> join(std::vector<std::vector<PlacedWord>> parts) {
  std::vector<PlacedWord> out;
  for (auto& p : parts) out.insert(out.end(), p.begin(), p.end());
  return out;
}

const schemas::DocumentSchema& schema(std::string_view type) {
  const schemas::DocumentSchema* s = schemas::SchemaRegistry::builtin().find(type);
  EXPECT_NE(s, nullptr);
  return *s;
}

std::map<std::string, KeyValue> read(const std::vector<std::vector<PlacedWord>>& lines, std::string_view type,
                                     DocumentLocale locale = {}) {
  const std::vector<ocr::Page> pages{scanned_page(lines)};
  return read_key_values(FormLayout(pages), schema(type), locale);
}

std::string value(const std::map<std::string, KeyValue>& found, const std::string& name) {
  auto it = found.find(name);
  return it == found.end() ? "<none>" : it->second.field.value.get<std::string>();
}

TEST(KeyValuesTest, ValuesRightOfLabelsParsedByKindAndStoppingAtTheNextLabel) {
  DocumentLocale us;
  us.day_order = DayOrder::kMonthFirst;
  const auto found = read({join({text_at("Employee Name:", 0.05, 0.10), text_at("Jane Q Public", 0.20, 0.10),
                                 text_at("Pay Date:", 0.55, 0.10), text_at("03/14/2026", 0.66, 0.10)}),
                           join({text_at("Total Deductions", 0.05, 0.20), text_at("(1,012.40)", 0.70, 0.20)}),
                           join({text_at("Net Pay", 0.05, 0.25), text_at("$2,316.69", 0.70, 0.25)}),
                           join({text_at("Pay Frequency:", 0.05, 0.30), text_at("Bi-Weekly", 0.20, 0.30)})},
                          "pay_stub", us);
  EXPECT_EQ(value(found, "employee_name"), "Jane Q Public");
  EXPECT_EQ(value(found, "pay_date"), "2026-03-14");
  // The longer label wins the words, and a total is a magnitude.
  EXPECT_EQ(value(found, "total_deductions"), "1012.40");
  EXPECT_EQ(value(found, "net_pay"), "2316.69");
  EXPECT_EQ(value(found, "pay_frequency"), "biweekly");
  EXPECT_EQ(value(found, "currency"), "USD");  // the "$" printed with an amount
  EXPECT_EQ(found.at("net_pay").placement, Placement::kRight);
}

TEST(KeyValuesTest, ValuesUnderTheirLabelsInCards) {
  DocumentLocale uk;
  uk.day_order = DayOrder::kDayFirst;
  uk.dollar_currency = "USD";
  const auto found =
      read({join({text_at("Opening balance", 0.08, 0.30, 0.006, 0.010), text_at("Money in", 0.30, 0.30, 0.006, 0.010),
                  text_at("Closing balance", 0.74, 0.30, 0.006, 0.010)}),
            join({text_at("\xC2\xA3"
                          "1,879.93",
                          0.08, 0.32, 0.01, 0.016),
                  text_at("+\xC2\xA3"
                          "3,093.52",
                          0.30, 0.32, 0.01, 0.016),
                  text_at("\xC2\xA3"
                          "105.00",
                          0.74, 0.32, 0.01, 0.016)})},
           "bank_statement", uk);
  EXPECT_EQ(value(found, "opening_balance"), "1879.93");
  EXPECT_EQ(value(found, "total_credits"), "3093.52");
  EXPECT_EQ(value(found, "closing_balance"), "105.00");
  EXPECT_EQ(found.at("closing_balance").placement, Placement::kBelow);
  EXPECT_EQ(value(found, "currency"), "GBP");
}

TEST(KeyValuesTest, TableHeadersAndPhrasesAreNotLabels) {
  const auto found = read(
      {join({text_at("Date", 0.05, 0.40), text_at("Description", 0.20, 0.40), text_at("Amount", 0.80, 0.40)}),
       join({text_at("04/07/2026", 0.05, 0.42), text_at("Card payment", 0.20, 0.42), text_at("12.00", 0.80, 0.42)}),
       // "Account" starts the phrase "Account Summary": no account number follows.
       join({text_at("Account Summary 12345678", 0.05, 0.10)}),
       // A row of the benefits table: "Employer" is not "Employee".
       join({text_at("Employer Pension", 0.05, 0.60), text_at("Robert Smith", 0.40, 0.60)})},
      "utility_bill");
  EXPECT_FALSE(found.contains("statement_date"));
  EXPECT_FALSE(found.contains("account_number"));
  const auto stub =
      read({join({text_at("Employer Pension", 0.05, 0.60), text_at("Robert Smith", 0.40, 0.60)})}, "pay_stub");
  EXPECT_FALSE(stub.contains("employee_name"));
}

TEST(KeyValuesTest, AOneWordLabelAloneOnItsRowTakesTheValueBelowIt) {
  DocumentLocale uk;
  uk.day_order = DayOrder::kDayFirst;
  const auto found =
      read({join({text_at("Issued", 0.55, 0.10)}), join({text_at("24/10/2026", 0.55, 0.115)})}, "utility_bill", uk);
  EXPECT_EQ(value(found, "statement_date"), "2026-10-24");
}

TEST(KeyValuesTest, ARangeGivesBothEndsAndTheFirstTakesTheSecondsYear) {
  DocumentLocale uk;
  uk.day_order = DayOrder::kDayFirst;
  const auto found =
      read({join({text_at("Statement period:", 0.05, 0.10), text_at("1 Jul - 31 Jul 2026", 0.22, 0.10)})},
           "bank_statement", uk);
  EXPECT_EQ(value(found, "statement_period_start"), "2026-07-01");
  EXPECT_EQ(value(found, "statement_period_end"), "2026-07-31");
}

TEST(KeyValuesTest, BilingualLabelsTakeTheValueAfterTheirTranslation) {
  DocumentLocale ca;
  ca.day_order = DayOrder::kDayFirst;
  const auto found =
      read({join({text_at("Account / Compte", 0.55, 0.10), text_at("371140-1", 0.85, 0.10)}),
            join({text_at("Period / P\xC3\xA9riode", 0.55, 0.13), text_at("01/08/2026 - 31/08/2026", 0.78, 0.13)})},
           "bank_statement", ca);
  EXPECT_EQ(value(found, "account_number"), "371140-1");
  EXPECT_EQ(value(found, "statement_period_start"), "2026-08-01");
  EXPECT_EQ(value(found, "statement_period_end"), "2026-08-31");
}

TEST(KeyValuesTest, ADateTheDocumentDoesNotOrderGoesToReview) {
  const auto found = read({join({text_at("Due date:", 0.05, 0.10), text_at("03/04/2026", 0.20, 0.10)}),
                           join({text_at("Account number:", 0.05, 0.15), text_at("1234 5678", 0.25, 0.15)})},
                          "utility_bill");
  ASSERT_TRUE(found.contains("due_date"));
  const ReviewState& review = found.at("due_date").field.review;
  EXPECT_TRUE(review.required);
  EXPECT_EQ(review.reasons, std::vector<std::string>{"ambiguous_date"});
  // Digit groups printed apart are one identifier.
  EXPECT_EQ(value(found, "account_number"), "12345678");
}

TEST(KeyValuesTest, PayScheduleWordings) {
  EXPECT_EQ(printed_frequency("Bi-weekly"), "biweekly");
  EXPECT_EQ(printed_frequency("Every other week"), "biweekly");
  EXPECT_EQ(printed_frequency("Fortnightly"), "biweekly");
  EXPECT_EQ(printed_frequency("SEMI-MONTHLY"), "semimonthly");
  EXPECT_EQ(printed_frequency("Monthly salary"), "monthly");
  EXPECT_EQ(printed_frequency("Hebdomadaire"), "weekly");
  EXPECT_EQ(printed_frequency("Quincenal"), "semimonthly");
  EXPECT_EQ(printed_frequency("Hourly"), std::nullopt);
}

TEST(KeyValuesTest, ALabelPrintedExactlyBeatsAnotherReadWithSlips) {
  // "Employee" is two edits from the French "Employeur" (the employer's
  // label): printed exactly, it is the employee's.
  const auto found = read({join({text_at("Employer:", 0.05, 0.10), text_at("Summit Foods Ltd", 0.20, 0.10)}),
                           join({text_at("Employee:", 0.05, 0.14), text_at("Oliver Lars Hill", 0.20, 0.14)})},
                          "pay_stub");
  EXPECT_EQ(value(found, "employer_name"), "Summit Foods Ltd");
  EXPECT_EQ(value(found, "employee_name"), "Oliver Lars Hill");
}

TEST(KeyValuesTest, KnowsWhichFieldsItCanRead) {
  const auto& registry = schemas::SchemaRegistry::builtin();
  const schemas::DocumentSchema& stub = *registry.find("pay_stub");
  EXPECT_TRUE(key_value_readable(stub, "net_pay"));           // money with labels
  EXPECT_TRUE(key_value_readable(stub, "pay_period_start"));  // one end of a labelled range
  EXPECT_FALSE(key_value_readable(stub, "no_such_field"));
  const schemas::DocumentSchema& bill = *registry.find("utility_bill");
  EXPECT_FALSE(key_value_readable(bill, "service_address_street"));         // a kind it does not parse
  EXPECT_FALSE(key_value_readable(*registry.find("passport"), "surname"));  // no labels
}

}  // namespace
}  // namespace kycx::extractors
