#include "validators/arithmetic_rules.hpp"

#include <algorithm>

#include <gtest/gtest.h>

#include "tests/validators/rule_test_support.hpp"

namespace kycx::validators {
namespace {

using testing::detail;
using testing::run;

constexpr auto kPass = CheckResult::kPass;
constexpr auto kFail = CheckResult::kFail;
constexpr auto kSkipped = CheckResult::kSkipped;

Json row(const char* amount, const Json& balance) {
  return {{"date", "2026-10-05"}, {"description", "SYNTHETIC ROW"}, {"amount", amount}, {"balance", balance}};
}

// Opening 1000.00; rows +2500.00, -45.10, -120.00, -300.00: closing 3034.90.
Json statement_rows() {
  return Json::array(
      {row("2500.00", "3500.00"), row("-45.10", "3454.90"), row("-120.00", "3334.90"), row("-300.00", "3034.90")});
}

RuleOutcome balance(const Json& opening, const Json& rows, const Json& closing, const ValidationOptions& options = {}) {
  return run(check_balance_arithmetic, {"opening_balance", "transactions", "closing_balance"},
             {{"opening_balance", opening}, {"transactions", rows}, {"closing_balance", closing}}, options);
}

RuleOutcome running(const Json& rows, const Json& opening = "1000.00", const ValidationOptions& options = {}) {
  return run(check_running_balance, {"transactions", "opening_balance"},
             {{"transactions", rows}, {"opening_balance", opening}}, options);
}

TEST(ArithmeticRulesTest, SummaryBalanceAddsTotalsAsMagnitudes) {
  auto summary = [](const char* credits, const char* debits, const char* closing) {
    return run(check_summary_balance, {"opening_balance", "total_credits", "total_debits", "closing_balance"},
               {{"opening_balance", "1000.00"},
                {"total_credits", credits},
                {"total_debits", debits},
                {"closing_balance", closing}});
  };
  EXPECT_EQ(summary("2500.00", "465.10", "3034.90").result, kPass);
  EXPECT_EQ(summary("2500.00", "-465.10", "3034.90").result, kPass);  // debits printed with their sign
  const RuleOutcome off = summary("2500.00", "465.10", "3134.90");
  EXPECT_EQ(off.result, kFail);
  EXPECT_EQ(detail(off, "expected"), "3034.90");
  EXPECT_EQ(run(check_summary_balance, {"opening_balance", "total_credits", "total_debits", "closing_balance"},
                {{"opening_balance", "1000.00"},
                 {"total_credits", nullptr},
                 {"total_debits", "1.00"},
                 {"closing_balance", "999.00"}})
                .result,
            kSkipped);
}

TEST(ArithmeticRulesTest, BalanceArithmeticAddsUp) {
  EXPECT_EQ(balance("1000.00", statement_rows(), "3034.90").result, kPass);
  EXPECT_EQ(balance("250.00", Json::array(), "250.00").result, kPass);
  EXPECT_EQ(balance("-20.00", Json::array({row("50.00", nullptr)}), "30.00").result, kPass);
}

TEST(ArithmeticRulesTest, BalanceArithmeticOneCentIsWithinToleranceTwoAreNot) {
  EXPECT_EQ(balance("1000.00", statement_rows(), "3034.91").result, kPass);
  EXPECT_EQ(balance("1000.00", statement_rows(), "3034.89").result, kPass);
  const auto outcome = balance("1000.00", statement_rows(), "3034.92");
  EXPECT_EQ(outcome.result, kFail);
  EXPECT_EQ(detail(outcome, "expected"), "3034.90");
  EXPECT_EQ(detail(outcome, "shown"), "3034.92");
  EXPECT_EQ(detail(outcome, "difference"), "0.02");
  EXPECT_EQ(balance("1000.00", statement_rows(), "3034.91", {.money_tolerance = 0.0}).result, kFail);
}

TEST(ArithmeticRulesTest, BalanceArithmeticSkipsOnMissingData) {
  EXPECT_EQ(balance(nullptr, statement_rows(), "3034.90").result, kSkipped);
  EXPECT_EQ(balance("1000.00", nullptr, "3034.90").result, kSkipped);
  EXPECT_EQ(balance("1000.00", statement_rows(), nullptr).result, kSkipped);
  Json rows = statement_rows();
  rows[2]["amount"] = nullptr;
  const auto outcome = balance("1000.00", rows, "3034.90");
  EXPECT_EQ(outcome.result, kSkipped);
  EXPECT_EQ(outcome.skip_reason, "transaction row 3 has no readable amount");
}

TEST(ArithmeticRulesTest, RunningBalanceFollowsRowByRow) {
  EXPECT_EQ(running(statement_rows()).result, kPass);
}

TEST(ArithmeticRulesTest, RunningBalanceCarriesOverRowsWithoutBalance) {
  Json rows = statement_rows();
  rows[1]["balance"] = nullptr;
  rows[2]["balance"] = nullptr;
  EXPECT_EQ(running(rows).result, kPass);
}

TEST(ArithmeticRulesTest, RunningBalanceCatchesADroppedRow) {
  Json rows = statement_rows();
  rows.erase(1);  // the -45.10 row was not read
  const auto outcome = running(rows);
  EXPECT_EQ(outcome.result, kFail);
  EXPECT_EQ(detail(outcome, "count"), "1");
  EXPECT_EQ(detail(outcome, "row"), "2");
  EXPECT_EQ(detail(outcome, "expected"), "3380.00");
  EXPECT_EQ(detail(outcome, "shown"), "3334.90");
}

TEST(ArithmeticRulesTest, RunningBalanceOneCentOffPassesTwoCentsFail) {
  Json rows = statement_rows();
  rows[1]["balance"] = "3454.91";
  // 3454.91 is within a cent of 3454.90, but the next row is then 1 cent off the other way.
  EXPECT_EQ(running(rows).result, kPass);
  rows[1]["balance"] = "3454.92";
  const auto outcome = running(rows);
  EXPECT_EQ(outcome.result, kFail);
  EXPECT_EQ(detail(outcome, "count"), "2");
  EXPECT_EQ(detail(outcome, "row"), "2");
}

TEST(ArithmeticRulesTest, RunningBalanceSuspendsOverAnUnreadableAmount) {
  Json rows = statement_rows();
  rows[1]["amount"] = "45,10";
  EXPECT_EQ(running(rows).result, kPass);
  rows[1]["balance"] = nullptr;
  EXPECT_EQ(running(rows).result, kPass);
}

TEST(ArithmeticRulesTest, RunningBalanceWithoutOpeningStartsAtTheFirstShownBalance) {
  EXPECT_EQ(running(statement_rows(), nullptr).result, kPass);
  Json rows = statement_rows();
  rows[0]["balance"] = "9999.00";  // cannot be checked without an opening balance, but the next row can
  EXPECT_EQ(running(rows, nullptr).result, kFail);
}

TEST(ArithmeticRulesTest, RunningBalanceAcceptsNewestFirst) {
  Json rows = statement_rows();
  std::reverse(rows.begin(), rows.end());
  EXPECT_EQ(running(rows).result, kPass);
}

TEST(ArithmeticRulesTest, RunningBalanceSkipsWhenNothingCanBeCompared) {
  const Json rows = Json::array({row("10.00", nullptr), row("-5.00", nullptr)});
  EXPECT_EQ(running(rows).result, kSkipped);
  EXPECT_EQ(running(Json::array({row("10.00", "1010.00")}), nullptr).result, kSkipped);
  EXPECT_EQ(running(nullptr).result, kSkipped);
}

RuleOutcome total(RuleCheck check, const char* field, const Json& shown, const Json& rows) {
  return run(check, {field, "transactions"}, {{field, shown}, {"transactions", rows}});
}

TEST(ArithmeticRulesTest, TotalCreditsAndDebits) {
  EXPECT_EQ(total(check_total_credits, "total_credits", "2500.00", statement_rows()).result, kPass);
  EXPECT_EQ(total(check_total_debits, "total_debits", "465.10", statement_rows()).result, kPass);
  const auto outcome = total(check_total_debits, "total_debits", "456.10", statement_rows());
  EXPECT_EQ(outcome.result, kFail);
  EXPECT_EQ(detail(outcome, "expected"), "465.10");
  EXPECT_EQ(detail(outcome, "shown"), "456.10");
  EXPECT_EQ(total(check_total_credits, "total_credits", "2500.02", statement_rows()).result, kFail);
  EXPECT_EQ(total(check_total_credits, "total_credits", "2500.01", statement_rows()).result, kPass);
}

TEST(ArithmeticRulesTest, TotalDebitsArePrintedPositive) {
  EXPECT_EQ(total(check_total_debits, "total_debits", "-465.10", statement_rows()).result, kFail);
  EXPECT_EQ(total(check_total_debits, "total_debits", "0.00", Json::array({row("5.00", nullptr)})).result, kPass);
}

TEST(ArithmeticRulesTest, TotalsSkipOnMissingData) {
  EXPECT_EQ(total(check_total_credits, "total_credits", nullptr, statement_rows()).result, kSkipped);
  EXPECT_EQ(total(check_total_debits, "total_debits", "465.10", nullptr).result, kSkipped);
  Json rows = statement_rows();
  rows[0]["amount"] = nullptr;
  EXPECT_EQ(total(check_total_debits, "total_debits", "465.10", rows).result, kSkipped);
}

RuleOutcome net(const Json& gross, const Json& deductions, const Json& net_pay) {
  return run(check_difference, {"gross_pay", "total_deductions", "net_pay"},
             {{"gross_pay", gross}, {"total_deductions", deductions}, {"net_pay", net_pay}});
}

TEST(ArithmeticRulesTest, GrossMinusDeductionsIsNet) {
  EXPECT_EQ(net("2450.00", "612.35", "1837.65").result, kPass);
  const auto outcome = net("2450.00", "612.35", "1873.65");
  EXPECT_EQ(outcome.result, kFail);
  EXPECT_EQ(detail(outcome, "expected"), "1837.65");
  EXPECT_EQ(net("2450.00", nullptr, "1837.65").result, kSkipped);
}

TEST(ArithmeticRulesTest, AtLeast) {
  const auto at_least = [](const Json& larger, const Json& smaller) {
    return run(check_at_least, {"ytd_gross", "gross_pay"}, {{"ytd_gross", larger}, {"gross_pay", smaller}}).result;
  };
  EXPECT_EQ(at_least("2450.00", "2450.00"), kPass);
  EXPECT_EQ(at_least("49000.00", "2450.00"), kPass);
  EXPECT_EQ(at_least("2449.99", "2450.00"), kPass);
  EXPECT_EQ(at_least("2449.98", "2450.00"), kFail);
  EXPECT_EQ(at_least(nullptr, "2450.00"), kSkipped);
}

}  // namespace
}  // namespace kycx::validators
