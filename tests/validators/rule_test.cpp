#include "validators/rule.hpp"

#include <gtest/gtest.h>

#include "tests/validators/rule_test_support.hpp"

namespace kycx::validators {
namespace {

using testing::fields_of;
using testing::kToday;

RuleInput input_over(const FieldSet& fields, const std::vector<std::string>& covered,
                     const ValidationOptions& options) {
  return RuleInput(fields, covered, "pay_stub", kToday, options);
}

TEST(RuleTest, RendersDetailsIntoTheTemplate) {
  EXPECT_EQ(render_message("the document expired on {date}", {{"date", "2025-01-31"}}),
            "the document expired on 2025-01-31");
  EXPECT_EQ(render_message("{a} and {b}", {{"b", "2"}, {"a", "1"}}), "1 and 2");
  EXPECT_EQ(render_message("no placeholders", {{"a", "1"}}), "no placeholders");
}

TEST(RuleTest, LeavesUnknownPlaceholdersAndStrayBracesAsWritten) {
  EXPECT_EQ(render_message("{known} {unknown}", {{"known", "x"}}), "x {unknown}");
  EXPECT_EQ(render_message("open { only", {}), "open { only");
  EXPECT_EQ(render_message("close } only {", {}), "close } only {");
}

TEST(RuleTest, InputReadsArgumentsByPosition) {
  const FieldSet fields = fields_of({{"pay_date", "2026-11-20"}, {"gross_pay", "-1234.50"}, {"employee_name", "A B"}});
  const std::vector<std::string> covered = {"gross_pay", "pay_date", "employee_name"};
  const ValidationOptions options;
  const RuleInput in = input_over(fields, covered, options);
  EXPECT_EQ(in.size(), 3u);
  EXPECT_EQ(in.name(1), "pay_date");
  EXPECT_EQ(in.money(0), -123450);
  EXPECT_EQ(in.date(1), (Date{2026, 11, 20}));
  EXPECT_EQ(in.text(2), "A B");
  EXPECT_EQ(in.document_type(), "pay_stub");
  EXPECT_EQ(in.today(), kToday);
}

TEST(RuleTest, InputTreatsNullAbsentAndOutOfRangeAsMissing) {
  const FieldSet fields = fields_of({{"net_pay", nullptr}});
  const std::vector<std::string> covered = {"net_pay", "ytd_net"};
  const ValidationOptions options;
  const RuleInput in = input_over(fields, covered, options);
  EXPECT_EQ(in.value(0), nullptr);
  EXPECT_EQ(in.value(1), nullptr);
  EXPECT_EQ(in.value(2), nullptr);
  EXPECT_EQ(in.name(2), "");
  EXPECT_EQ(in.unusable(0).skip_reason, "net_pay is missing");
  EXPECT_EQ(in.unusable(1).result, CheckResult::kSkipped);
}

TEST(RuleTest, InputRejectsValuesNotInCanonicalForm) {
  const FieldSet fields = fields_of({{"pay_date", "11/20/2026"}, {"gross_pay", "1,234.50"}, {"net_pay", 12}});
  const std::vector<std::string> covered = {"pay_date", "gross_pay", "net_pay"};
  const ValidationOptions options;
  const RuleInput in = input_over(fields, covered, options);
  EXPECT_EQ(in.date(0), std::nullopt);
  EXPECT_EQ(in.money(1), std::nullopt);
  EXPECT_EQ(in.text(2), std::nullopt);
  EXPECT_EQ(in.unusable(0).skip_reason, "pay_date is not in canonical form");
}

TEST(RuleTest, OutcomeHelpersSetResult) {
  EXPECT_EQ(passed().result, CheckResult::kPass);
  EXPECT_EQ(failed({{"k", "v"}}).details.size(), 1u);
  EXPECT_EQ(skipped("why").skip_reason, "why");
}

TEST(RuleTest, FailureReasonDefaultsToCheckFailed) {
  Rule rule{"date.not_expired", {"date_of_expiry"}, Severity::kError, "", nullptr, ""};
  EXPECT_EQ(rule.failure_reason(), "check_failed:date.not_expired");
  rule.review_reason = "expired";
  EXPECT_EQ(rule.failure_reason(), "expired");
}

TEST(RuleTest, ToCentsRoundsToNearest) {
  EXPECT_EQ(to_cents(0.01), 1);
  EXPECT_EQ(to_cents(1.0), 100);
  EXPECT_EQ(to_cents(0.006), 1);
  EXPECT_EQ(to_cents(0.004), 0);
  EXPECT_EQ(to_cents(0.0), 0);
}

TEST(RuleTest, SeverityNames) {
  EXPECT_EQ(to_string(Severity::kError), "error");
  EXPECT_EQ(to_string(Severity::kWarning), "warning");
}

}  // namespace
}  // namespace kycx::validators
