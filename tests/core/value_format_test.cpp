#include "core/value_format.hpp"

#include <gtest/gtest.h>

namespace kycx {
namespace {

TEST(ValueFormatTest, ParsesOnlyCanonicalRealDates) {
  EXPECT_EQ(parse_canonical_date("2024-02-29"), (Date{2024, 2, 29}));
  EXPECT_FALSE(parse_canonical_date("2023-02-29"));
  EXPECT_FALSE(parse_canonical_date("2024-13-01"));
  EXPECT_FALSE(parse_canonical_date("24-02-29"));
  EXPECT_FALSE(parse_canonical_date("2024/02/29"));
  EXPECT_EQ(format_date({1974, 8, 12}), "1974-08-12");
}

TEST(ValueFormatTest, DaysSinceEpochRoundTrips) {
  EXPECT_EQ(days_since_epoch({1970, 1, 1}), 0);
  EXPECT_EQ(days_since_epoch({2000, 3, 1}) - days_since_epoch({2000, 2, 28}), 2);
  EXPECT_EQ(date_from_days(days_since_epoch({2026, 11, 23})), (Date{2026, 11, 23}));
}

TEST(ValueFormatTest, MoneyInCents) {
  EXPECT_EQ(parse_canonical_money("-1234.50"), -123450);
  EXPECT_EQ(parse_canonical_money("0.05"), 5);
  EXPECT_FALSE(parse_canonical_money("1,234.50"));
  EXPECT_FALSE(parse_canonical_money("12.5"));
  EXPECT_FALSE(parse_canonical_money("$12.50"));
  EXPECT_EQ(format_money(-123450), "-1234.50");
  EXPECT_EQ(format_money(5), "0.05");
  EXPECT_EQ(format_money(-5), "-0.05");
}

}  // namespace
}  // namespace kycx
