#include "eval/tradeoff.hpp"

#include <gtest/gtest.h>

#include "tests/eval/eval_fixture.hpp"

namespace kycx::eval {
namespace {

TEST(TradeoffTest, FiftyThresholdsFromHalfToNinetyNine) {
  const auto curve = tradeoff_curve(testing::known_scores());
  ASSERT_EQ(curve.size(), 50u);
  EXPECT_DOUBLE_EQ(curve.front().threshold, 0.50);
  EXPECT_DOUBLE_EQ(curve.back().threshold, 0.99);
  EXPECT_DOUBLE_EQ(curve[42].threshold, 0.92);
}

TEST(TradeoffTest, KnownPoints) {
  const auto curve = tradeoff_curve(testing::known_scores());
  // Eligible: employer 0.95 right, gross 0.97 right, net 0.92 wrong, employee_id 0.5 wrong.
  EXPECT_EQ(curve[0].accepted, 4);  // 0.50
  EXPECT_EQ(curve[0].accepted_wrong, 2);
  EXPECT_EQ(curve[0].scored, 8);
  EXPECT_EQ(curve[1].accepted, 3);   // 0.51
  EXPECT_EQ(curve[42].accepted, 3);  // 0.92
  EXPECT_EQ(curve[43].accepted, 2);  // 0.93
  EXPECT_EQ(curve[43].accepted_wrong, 0);
  EXPECT_EQ(curve[47].accepted, 1);  // 0.97
  EXPECT_EQ(curve[48].accepted, 0);  // 0.98
  EXPECT_EQ(curve[48].silent_error().value(), 0.0);
  EXPECT_FALSE(curve[48].silent_error().defined());
}

TEST(TradeoffTest, StraightThroughNeverRisesWithTheThreshold) {
  std::vector<DocumentScore> docs = testing::known_scores();
  // Add many fields with spread confidences.
  DocumentScore extra;
  extra.truth_type = extra.predicted_type = "w2";
  extra.status = DocumentStatus::kNeedsReview;
  for (int i = 0; i < 200; ++i) {
    FieldScore f;
    f.field = "f" + std::to_string(i);
    f.predicted_null = false;
    f.confidence = (i * 37 % 100) / 100.0;
    f.correct = i % 3 != 0;
    f.eligible = i % 7 != 0;
    extra.fields.push_back(f);
  }
  docs.push_back(extra);
  const auto curve = tradeoff_curve(docs);
  for (size_t i = 1; i < curve.size(); ++i) {
    EXPECT_LE(curve[i].accepted, curve[i - 1].accepted) << curve[i].threshold;
    EXPECT_LE(curve[i].straight_through().value(), curve[i - 1].straight_through().value());
    EXPECT_EQ(curve[i].scored, curve[0].scored);
  }
}

TEST(TradeoffTest, CustomRange) {
  const auto curve =
      tradeoff_curve(testing::known_scores(), {.first_percent = 90, .last_percent = 99, .step_percent = 5});
  ASSERT_EQ(curve.size(), 2u);
  EXPECT_DOUBLE_EQ(curve[1].threshold, 0.95);
}

}  // namespace
}  // namespace kycx::eval
