#include "eval/row_match.hpp"

#include <gtest/gtest.h>

namespace kycx::eval {
namespace {

Json row(const char* date, const char* amount, const char* description, Json balance = nullptr) {
  return Json{{"date", date}, {"description", description}, {"amount", amount}, {"balance", std::move(balance)}};
}

TEST(RowMatchTest, MatchesOnDateAmountAndDescriptionInAnyOrder) {
  const Json truth =
      Json::array({row("2026-01-01", "-1.00", "A"), row("2026-01-02", "2.00", "B"), row("2026-01-03", "3.00", "C")});
  const Json predicted = Json::array({row("2026-01-03", "3.00", "C", "9.00"), row("2026-01-01", "-1.00", "A"),
                                      row("2026-01-02", "2.50", "B"), row("2026-01-04", "4.00", "D")});
  const RowMatch m = match_rows(truth, predicted);
  EXPECT_EQ(m.truth_rows, 3);
  EXPECT_EQ(m.predicted_rows, 4);
  EXPECT_EQ(m.matched_rows, 2);  // the balance does not decide; the wrong amount does
}

TEST(RowMatchTest, EachRowMatchesOnce) {
  const Json truth = Json::array({row("2026-01-01", "1.00", "FEE")});
  const Json predicted = Json::array({row("2026-01-01", "1.00", "FEE"), row("2026-01-01", "1.00", "FEE")});
  EXPECT_EQ(match_rows(truth, predicted).matched_rows, 1);
  EXPECT_EQ(match_rows(predicted, truth).matched_rows, 1);
}

TEST(RowMatchTest, NullPredictionHasNoRows) {
  const RowMatch m = match_rows(Json::array({row("2026-01-01", "1.00", "X")}), nullptr);
  EXPECT_EQ(m.truth_rows, 1);
  EXPECT_EQ(m.predicted_rows, 0);
  EXPECT_EQ(m.matched_rows, 0);
  RowMatch total;
  total += m;
  total += m;
  EXPECT_EQ(total.truth_rows, 2);
}

}  // namespace
}  // namespace kycx::eval
