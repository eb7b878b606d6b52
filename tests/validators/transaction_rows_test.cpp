#include "validators/transaction_rows.hpp"

#include <gtest/gtest.h>

namespace kycx::validators {
namespace {

TEST(TransactionRowsTest, ParsesDatesAndCents) {
  const Json value = Json::array({
      {{"date", "2026-10-05"}, {"description", "PAYROLL"}, {"amount", "2500.00"}, {"balance", "3500.00"}},
      {{"date", "2026-10-06"},
       {"description", "CARD"},
       {"amount", "-45.10"},
       {"balance", nullptr},
       {"confidence", 0.97},
       {"source", Json::array()}},
  });
  const auto rows = parse_transaction_rows(value);
  ASSERT_TRUE(rows.has_value());
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].date, (Date{2026, 10, 5}));
  EXPECT_EQ((*rows)[0].amount, 250000);
  EXPECT_EQ((*rows)[0].balance, 350000);
  EXPECT_EQ((*rows)[1].amount, -4510);
  EXPECT_EQ((*rows)[1].balance, std::nullopt);
}

TEST(TransactionRowsTest, UnreadableMembersAreNullopt) {
  const Json value = Json::array({{{"date", "05/10/2026"}, {"amount", "1,000.00"}, {"balance", 12}}, "not a row"});
  const auto rows = parse_transaction_rows(value);
  ASSERT_TRUE(rows.has_value());
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].date, std::nullopt);
  EXPECT_EQ((*rows)[0].amount, std::nullopt);
  EXPECT_EQ((*rows)[0].balance, std::nullopt);
  EXPECT_EQ((*rows)[1].amount, std::nullopt);
}

TEST(TransactionRowsTest, NotAnArrayIsNullopt) {
  EXPECT_EQ(parse_transaction_rows(Json("rows")), std::nullopt);
  EXPECT_EQ(parse_transaction_rows(Json()), std::nullopt);
  EXPECT_EQ(parse_transaction_rows(Json::array())->size(), 0u);
}

}  // namespace
}  // namespace kycx::validators
