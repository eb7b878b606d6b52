#include "validators/date_rules.hpp"

#include <gtest/gtest.h>

#include "tests/validators/rule_test_support.hpp"

namespace kycx::validators {
namespace {

using testing::detail;
using testing::kToday;  // 2026-11-23
using testing::run;

constexpr auto kPass = CheckResult::kPass;
constexpr auto kFail = CheckResult::kFail;
constexpr auto kSkipped = CheckResult::kSkipped;

RuleOutcome one(RuleCheck check, const Json& value, const ValidationOptions& options = {}, Date today = kToday) {
  return run(check, {"d"}, {{"d", value}}, options, today);
}

RuleOutcome pair(RuleCheck check, const Json& earlier, const Json& later) {
  return run(check, {"a", "b"}, {{"a", earlier}, {"b", later}});
}

TEST(DateRulesTest, InPastIsStrictlyBeforeToday) {
  EXPECT_EQ(one(check_in_past, "2026-11-22").result, kPass);
  EXPECT_EQ(one(check_in_past, "2026-11-23").result, kFail);
  EXPECT_EQ(one(check_in_past, "2030-01-01").result, kFail);
  EXPECT_EQ(one(check_in_past, nullptr).result, kSkipped);
  EXPECT_EQ(one(check_in_past, "22/11/2026").result, kSkipped);
}

TEST(DateRulesTest, NotInFutureAllowsToday) {
  EXPECT_EQ(one(check_not_in_future, "2026-11-23").result, kPass);
  const auto outcome = one(check_not_in_future, "2026-11-24");
  EXPECT_EQ(outcome.result, kFail);
  EXPECT_EQ(detail(outcome, "date"), "2026-11-24");
  EXPECT_EQ(one(check_not_in_future, nullptr).result, kSkipped);
}

TEST(DateRulesTest, MinimumAgeExactlyEighteenToday) {
  EXPECT_EQ(one(check_minimum_age, "2008-11-23").result, kPass);
  const auto outcome = one(check_minimum_age, "2008-11-24");
  EXPECT_EQ(outcome.result, kFail);
  EXPECT_EQ(detail(outcome, "age"), "17");
  EXPECT_EQ(detail(outcome, "minimum"), "18");
  EXPECT_EQ(one(check_minimum_age, "1950-01-01").result, kPass);
}

TEST(DateRulesTest, MinimumAgeIsConfigurable) {
  const ValidationOptions options{.min_age_years = 21};
  EXPECT_EQ(one(check_minimum_age, "2006-11-23", options).result, kFail);
  EXPECT_EQ(one(check_minimum_age, "2005-11-23", options).result, kPass);
}

TEST(DateRulesTest, LeapDayBirthdayComesOfAgeOnFirstOfMarch) {
  EXPECT_EQ(one(check_minimum_age, "2008-02-29", {}, Date{2026, 2, 28}).result, kFail);
  EXPECT_EQ(one(check_minimum_age, "2008-02-29", {}, Date{2026, 3, 1}).result, kPass);
  EXPECT_EQ(one(check_minimum_age, "2012-02-29", {}, Date{2030, 2, 28}).result, kFail);
  EXPECT_EQ(one(check_minimum_age, "2012-02-29", {}, Date{2030, 3, 1}).result, kPass);
  // A 29 February that never was is not a date: left to the schema check.
  EXPECT_EQ(one(check_minimum_age, "2010-02-29").result, kSkipped);
  // In a leap year the birthday itself exists.
  EXPECT_EQ(age_on(Date{2012, 2, 29}, Date{2032, 2, 29}), 20);
  EXPECT_EQ(age_on(Date{2012, 2, 29}, Date{2032, 2, 28}), 19);
}

TEST(DateRulesTest, MinimumAgeSkipsFutureBirthDatesAndMissingOnes) {
  EXPECT_EQ(one(check_minimum_age, "2027-01-01").result, kSkipped);
  EXPECT_EQ(one(check_minimum_age, nullptr).result, kSkipped);
}

TEST(DateRulesTest, NotExpiredIsValidThroughTheExpiryDay) {
  EXPECT_EQ(one(check_not_expired, "2026-11-23").result, kPass);
  EXPECT_EQ(one(check_not_expired, "2036-01-01").result, kPass);
  const auto outcome = one(check_not_expired, "2026-11-22");
  EXPECT_EQ(outcome.result, kFail);
  EXPECT_EQ(detail(outcome, "date"), "2026-11-22");
  EXPECT_EQ(one(check_not_expired, nullptr).result, kSkipped);
}

TEST(DateRulesTest, BeforeIsStrict) {
  EXPECT_EQ(pair(check_before, "2020-01-01", "2030-01-01").result, kPass);
  EXPECT_EQ(pair(check_before, "2030-01-01", "2030-01-01").result, kFail);
  const auto outcome = pair(check_before, "2031-01-01", "2030-01-01");
  EXPECT_EQ(outcome.result, kFail);
  EXPECT_EQ(detail(outcome, "earlier"), "2031-01-01");
  EXPECT_EQ(detail(outcome, "later"), "2030-01-01");
  EXPECT_EQ(pair(check_before, nullptr, "2030-01-01").result, kSkipped);
  EXPECT_EQ(pair(check_before, "2020-01-01", nullptr).result, kSkipped);
}

TEST(DateRulesTest, OnOrBeforeAllowsTheSameDay) {
  EXPECT_EQ(pair(check_on_or_before, "2026-10-31", "2026-10-31").result, kPass);
  EXPECT_EQ(pair(check_on_or_before, "2026-10-31", "2026-11-03").result, kPass);
  EXPECT_EQ(pair(check_on_or_before, "2026-10-31", "2026-10-30").result, kFail);
}

TEST(DateRulesTest, ProofOfAddressAtMostNinetyDaysOld) {
  EXPECT_EQ(one(check_proof_of_address_recent, "2026-08-25").result, kPass);  // 90 days
  const auto outcome = one(check_proof_of_address_recent, "2026-08-24");      // 91 days
  EXPECT_EQ(outcome.result, kFail);
  EXPECT_EQ(detail(outcome, "days"), "91");
  EXPECT_EQ(detail(outcome, "maximum"), "90");
  EXPECT_EQ(one(check_proof_of_address_recent, "2026-11-23").result, kPass);
  EXPECT_EQ(one(check_proof_of_address_recent, nullptr).result, kSkipped);
}

TEST(DateRulesTest, ProofOfAddressAgeIsConfigurable) {
  const ValidationOptions options{.max_proof_of_address_age_days = 30};
  EXPECT_EQ(one(check_proof_of_address_recent, "2026-10-24", options).result, kPass);
  EXPECT_EQ(one(check_proof_of_address_recent, "2026-10-23", options).result, kFail);
}

Json row(const char* date, const char* amount = "-1.00") {
  return {{"date", date}, {"description", "CARD PAYMENT"}, {"amount", amount}, {"balance", nullptr}};
}

RuleOutcome in_period(const Json& transactions, const Json& start = "2026-10-01", const Json& end = "2026-10-31") {
  return run(check_transactions_in_period, {"transactions", "statement_period_start", "statement_period_end"},
             {{"transactions", transactions}, {"statement_period_start", start}, {"statement_period_end", end}});
}

TEST(DateRulesTest, TransactionsInsideThePeriodIncludingItsEnds) {
  EXPECT_EQ(in_period(Json::array({row("2026-10-01"), row("2026-10-15"), row("2026-10-31")})).result, kPass);
  EXPECT_EQ(in_period(Json::array()).result, kPass);
}

TEST(DateRulesTest, TransactionsOutsideThePeriodFail) {
  const auto outcome =
      in_period(Json::array({row("2026-10-01"), row("2026-09-30"), row("2026-10-02"), row("2026-11-01")}));
  EXPECT_EQ(outcome.result, kFail);
  EXPECT_EQ(detail(outcome, "count"), "2");
  EXPECT_EQ(detail(outcome, "row"), "2");
  EXPECT_EQ(detail(outcome, "date"), "2026-09-30");
}

TEST(DateRulesTest, TransactionsUndatedRowsAreNotJudged) {
  Json undated = row("2026-10-05");
  undated["date"] = nullptr;
  EXPECT_EQ(in_period(Json::array({row("2026-10-01"), undated, row("13/10/2026")})).result, kPass);
}

TEST(DateRulesTest, TransactionsSkipWithoutPeriodOrRows) {
  EXPECT_EQ(in_period(nullptr).result, kSkipped);
  EXPECT_EQ(in_period("not an array").result, kSkipped);
  EXPECT_EQ(in_period(Json::array({row("2026-10-01")}), nullptr).result, kSkipped);
  EXPECT_EQ(in_period(Json::array({row("2026-10-01")}), "2026-10-01", nullptr).result, kSkipped);
  EXPECT_EQ(in_period(Json::array({row("2026-10-01")}), "2026-10-31", "2026-10-01").result, kSkipped);
}

}  // namespace
}  // namespace kycx::validators
