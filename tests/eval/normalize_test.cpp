#include "eval/normalize.hpp"

#include <gtest/gtest.h>

namespace kycx::eval {
namespace {

TEST(NormalizeTest, TextFoldsCaseAndWhiteSpace) {
  EXPECT_EQ(normalize_text("  Acme\tTools \n inc "), "ACME TOOLS INC");
  EXPECT_EQ(normalize_text(""), "");
  EXPECT_EQ(normalize_text("Müller"), "MüLLER");  // only ASCII letters fold
}

TEST(NormalizeTest, MoneyParsesPlainDecimalsAsCents) {
  EXPECT_EQ(parse_money_cents("1234.5"), 123450);
  EXPECT_EQ(parse_money_cents("1234.50"), 123450);
  EXPECT_EQ(parse_money_cents(" -12 "), -1200);
  EXPECT_EQ(parse_money_cents("+0.07"), 7);
  EXPECT_EQ(parse_money_cents("7.500"), 750);
  EXPECT_EQ(parse_money_cents(".5"), 50);
  EXPECT_FALSE(parse_money_cents("7.505"));
  EXPECT_FALSE(parse_money_cents("1,234.50"));
  EXPECT_FALSE(parse_money_cents("$12.00"));
  EXPECT_FALSE(parse_money_cents("."));
  EXPECT_FALSE(parse_money_cents(""));
  EXPECT_FALSE(parse_money_cents("1234567890123456.00"));
}

TEST(NormalizeTest, MoneyComparesAsCents) {
  EXPECT_EQ(normalize_scalar("1234.5", ValueKind::kMoney), normalize_scalar("1234.50", ValueKind::kMoney));
  EXPECT_EQ(normalize_scalar(1234.5, ValueKind::kMoney), Json("1234.50"));
  EXPECT_EQ(normalize_scalar(12, ValueKind::kMoney), Json("12.00"));
  EXPECT_NE(normalize_scalar("1,234.50", ValueKind::kMoney), normalize_scalar("1234.50", ValueKind::kMoney));
}

TEST(NormalizeTest, DatesMustBeCanonical) {
  EXPECT_EQ(normalize_scalar(" 2026-03-14 ", ValueKind::kDate), Json("2026-03-14"));
  EXPECT_NE(normalize_scalar("14/03/2026", ValueKind::kDate), Json("2026-03-14"));
  EXPECT_NE(normalize_scalar("2026-3-14", ValueKind::kDate), Json("2026-03-14"));
}

TEST(NormalizeTest, NullStaysNullAndNumbersCompareAsText) {
  EXPECT_TRUE(normalize_scalar(nullptr, ValueKind::kText).is_null());
  EXPECT_EQ(normalize_scalar(2025, ValueKind::kText), Json("2025"));
  EXPECT_EQ(normalize_value(nullptr, FieldRule{.kind = ValueKind::kRows}), Json(nullptr));
}

TEST(NormalizeTest, ListsKeepTheirOrder) {
  const FieldRule rule{.kind = ValueKind::kList};
  EXPECT_EQ(normalize_value(Json::array({"p<utoerik", "l898902c3"}), rule), Json::array({"P<UTOERIK", "L898902C3"}));
  EXPECT_NE(normalize_value(Json::array({"A", "B"}), rule), normalize_value(Json::array({"B", "A"}), rule));
  EXPECT_NE(normalize_value("A", rule), normalize_value(Json::array({"A"}), rule));
}

TEST(NormalizeTest, RowsKeepOnlyTheRuleKeys) {
  const FieldRule rule{.kind = ValueKind::kRows,
                       .row_keys = {{"date", ValueKind::kDate},
                                    {"description", ValueKind::kText},
                                    {"amount", ValueKind::kMoney},
                                    {"balance", ValueKind::kMoney}}};
  const Json predicted = Json::array({Json{{"date", "2026-10-16"},
                                           {"description", "cash  withdrawal"},
                                           {"amount", "-300"},
                                           {"source", Json::array({Json{{"page", 1}}})},
                                           {"confidence", 0.8}}});
  const Json truth = Json::array(
      {Json{{"date", "2026-10-16"}, {"description", "CASH WITHDRAWAL"}, {"amount", "-300.00"}, {"balance", nullptr}}});
  EXPECT_EQ(normalize_value(predicted, rule), normalize_value(truth, rule));
  EXPECT_FALSE(normalize_value(predicted, rule)[0].contains("confidence"));
}

}  // namespace
}  // namespace kycx::eval
