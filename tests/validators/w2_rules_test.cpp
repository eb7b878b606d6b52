#include "validators/w2_rules.hpp"

#include <gtest/gtest.h>

#include "tests/validators/rule_test_support.hpp"

namespace kycx::validators {
namespace {

using testing::detail;
using testing::run;

constexpr auto kPass = CheckResult::kPass;
constexpr auto kFail = CheckResult::kFail;
constexpr auto kSkipped = CheckResult::kSkipped;

RuleOutcome ss_tax(const Json& wages, const Json& tax, const ValidationOptions& options = {}) {
  return run(check_social_security_tax, {"social_security_wages", "social_security_tax_withheld"},
             {{"social_security_wages", wages}, {"social_security_tax_withheld", tax}}, options);
}

RuleOutcome medicare(const Json& wages, const Json& tax) {
  return run(check_medicare_tax, {"medicare_wages", "medicare_tax_withheld"},
             {{"medicare_wages", wages}, {"medicare_tax_withheld", tax}});
}

RuleOutcome wage_base(const Json& wages, const Json& year) {
  return run(check_social_security_wage_base, {"social_security_wages", "tax_year"},
             {{"social_security_wages", wages}, {"tax_year", year}});
}

TEST(W2RulesTest, SocialSecurityTaxIsSixPointTwoPercent) {
  EXPECT_EQ(ss_tax("85000.00", "5270.00").result, kPass);
  EXPECT_EQ(ss_tax("52345.67", "3245.43").result, kPass);  // 3245.43154 rounds down
  EXPECT_EQ(ss_tax("0.00", "0.00").result, kPass);
  const auto outcome = ss_tax("85000.00", "5720.00");
  EXPECT_EQ(outcome.result, kFail);
  EXPECT_EQ(detail(outcome, "expected"), "5270.00");
  EXPECT_EQ(detail(outcome, "shown"), "5720.00");
}

TEST(W2RulesTest, SocialSecurityToleranceIsExactlyOneDollar) {
  EXPECT_EQ(ss_tax("85000.00", "5271.00").result, kPass);
  EXPECT_EQ(ss_tax("85000.00", "5269.00").result, kPass);
  EXPECT_EQ(ss_tax("85000.00", "5271.01").result, kFail);
  EXPECT_EQ(ss_tax("85000.00", "5268.99").result, kFail);
  EXPECT_EQ(ss_tax("85000.00", "5270.50", {.w2_tax_tolerance = 0.25}).result, kFail);
}

TEST(W2RulesTest, SocialSecurityTaxSkipsOnMissingBoxes) {
  EXPECT_EQ(ss_tax(nullptr, "5270.00").result, kSkipped);
  EXPECT_EQ(ss_tax("85000.00", nullptr).result, kSkipped);
}

TEST(W2RulesTest, MedicareTaxIsOnePointFourFivePercent) {
  EXPECT_EQ(medicare("85000.00", "1232.50").result, kPass);
  EXPECT_EQ(medicare("85000.00", "1233.50").result, kPass);
  EXPECT_EQ(medicare("85000.00", "1233.51").result, kFail);
  EXPECT_EQ(medicare("85000.00", "123.25").result, kFail);
  EXPECT_EQ(medicare(nullptr, "1232.50").result, kSkipped);
}

TEST(W2RulesTest, MedicareTaxAboveTwoHundredThousandMayIncludeTheAdditionalTax) {
  // 250,000.00: 1.45 % = 3625.00; with 0.9 % of the 50,000.00 excess = 4075.00.
  EXPECT_EQ(medicare("250000.00", "3625.00").result, kPass);
  EXPECT_EQ(medicare("250000.00", "4075.00").result, kPass);
  EXPECT_EQ(medicare("250000.00", "3850.00").result, kFail);
  EXPECT_EQ(medicare("150000.00", "2625.00").result, kFail);
}

TEST(W2RulesTest, SocialSecurityWagesAtMostTheWageBase) {
  EXPECT_EQ(wage_base("168600.00", "2024").result, kPass);
  EXPECT_EQ(wage_base("168600.01", "2024").result, kFail);
  EXPECT_EQ(wage_base("176100.00", "2025").result, kPass);
  const auto outcome = wage_base("170000.00", "2023");
  EXPECT_EQ(outcome.result, kFail);
  EXPECT_EQ(detail(outcome, "year"), "2023");
  EXPECT_EQ(detail(outcome, "base"), "160200.00");
}

TEST(W2RulesTest, WageBaseSkipsUnknownYearsAndMissingBoxes) {
  EXPECT_EQ(wage_base("500000.00", "2014").result, kSkipped);
  EXPECT_EQ(wage_base("500000.00", "20X4").result, kSkipped);
  EXPECT_EQ(wage_base(nullptr, "2024").result, kSkipped);
  EXPECT_EQ(wage_base("100.00", nullptr).result, kSkipped);
}

TEST(W2RulesTest, TaxYearNotAfterTheCurrentYear) {
  const auto year = [](const Json& value) { return run(check_tax_year, {"tax_year"}, {{"tax_year", value}}); };
  EXPECT_EQ(year("2026").result, kPass);
  EXPECT_EQ(year("2019").result, kPass);
  EXPECT_EQ(year("2027").result, kFail);
  EXPECT_EQ(detail(year("2027"), "year"), "2027");
  EXPECT_EQ(year("26").result, kSkipped);
  EXPECT_EQ(year(nullptr).result, kSkipped);
}

}  // namespace
}  // namespace kycx::validators
