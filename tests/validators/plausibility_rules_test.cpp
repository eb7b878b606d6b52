#include "validators/plausibility_rules.hpp"

#include <string>

#include <gtest/gtest.h>

#include "tests/validators/rule_test_support.hpp"

namespace kycx::validators {
namespace {

using testing::fields_of;
using testing::kToday;

// The check over one or two values of a pay stub.
CheckResult on_pay_stub(RuleCheck check, const Json& a, const Json& b = nullptr) {
  const std::vector<std::string> covered{"a", "b"};
  const FieldSet fields = fields_of({{"a", a}, {"b", b}});
  const ValidationOptions options;
  return check(RuleInput(fields, covered, "pay_stub", kToday, options)).result;
}

constexpr auto kPass = CheckResult::kPass;
constexpr auto kFail = CheckResult::kFail;

TEST(PlausibilityRulesTest, APersonsNameIsTwoWordsOrMoreAndNotTheDocumentsWording) {
  EXPECT_EQ(on_pay_stub(check_person_name, "THOMAS NUNEZ"), kPass);
  EXPECT_EQ(on_pay_stub(check_person_name, "Jean-Luc Henrik Flores"), kPass);
  EXPECT_EQ(on_pay_stub(check_person_name, "Rose Bill"), kPass);  // one ordinary word among names
  // What readers once took for the employee: a heading, a column label, one word, a number.
  EXPECT_EQ(on_pay_stub(check_person_name, "Pay Stub"), kFail);
  EXPECT_EQ(on_pay_stub(check_person_name, "ID"), kFail);
  EXPECT_EQ(on_pay_stub(check_person_name, "Pension"), kFail);
  EXPECT_EQ(on_pay_stub(check_person_name, "Jane 3684"), kFail);
  EXPECT_EQ(on_pay_stub(check_person_name, "C/O PROPERTY MANAGEMENT"), kFail);
  EXPECT_EQ(on_pay_stub(check_person_name, nullptr), CheckResult::kSkipped);
}

TEST(PlausibilityRulesTest, AnOrganisationsNameIsNotATitleAStatusOrAPlace) {
  EXPECT_EQ(on_pay_stub(check_organisation_name, "Copperline Foods Inc"), kPass);
  EXPECT_EQ(on_pay_stub(check_organisation_name, "First National Bank"), kPass);
  EXPECT_EQ(on_pay_stub(check_organisation_name, "PAYSLIP"), kFail);
  EXPECT_EQ(on_pay_stub(check_organisation_name, "DEPT."), kFail);
  EXPECT_EQ(on_pay_stub(check_organisation_name, "Married"), kFail);
  EXPECT_EQ(on_pay_stub(check_organisation_name, "Erie, PA"), kFail);
  EXPECT_EQ(on_pay_stub(check_organisation_name, "Earnings Statement"), kFail);
  EXPECT_EQ(on_pay_stub(check_organisation_name, "Pay Statement / Relev\xC3\xA9"), kFail);
  EXPECT_EQ(on_pay_stub(check_organisation_name, "Federal"), kFail);       // a tax table's heading
  EXPECT_EQ(on_pay_stub(check_organisation_name, "Thistle Lane"), kFail);  // the street under a masthead
  EXPECT_EQ(on_pay_stub(check_organisation_name, "Abbey Road Studios"), kPass);
}

TEST(PlausibilityRulesTest, AServiceAddressIsNoPostOfficeBox) {
  EXPECT_EQ(on_pay_stub(check_not_po_box, "PO Box 439"), kFail);
  EXPECT_EQ(on_pay_stub(check_not_po_box, "P.O. Box 12"), kFail);
  EXPECT_EQ(on_pay_stub(check_not_po_box, "9221 Magnolia Street"), kPass);
}

TEST(PlausibilityRulesTest, AnIdentifierHoldsADigitAndTwoPartiesDiffer) {
  EXPECT_EQ(on_pay_stub(check_identifier, "E7547"), kPass);
  EXPECT_EQ(on_pay_stub(check_identifier, "NINumber"), kFail);
  EXPECT_EQ(on_pay_stub(check_different_names, "Acme Tools Inc", "Maria King"), kPass);
  EXPECT_EQ(on_pay_stub(check_different_names, "MARIA KING", "Maria King"), kFail);
}

}  // namespace
}  // namespace kycx::validators
