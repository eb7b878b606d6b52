#include "eval/eval_report.hpp"

#include <gtest/gtest.h>

#include "tests/eval/eval_fixture.hpp"

namespace kycx::eval {
namespace {

TEST(EvalReportTest, OverallFieldCountsAndRates) {
  const EvalReport r = testing::known_report();
  const FieldCounts& c = r.overall;
  EXPECT_EQ(c.scored, 8);
  EXPECT_EQ(c.correct, 2);
  EXPECT_EQ(c.truth_non_null, 7);
  EXPECT_EQ(c.correct_truth_non_null, 2);
  EXPECT_EQ(c.predicted_non_null, 4);
  EXPECT_EQ(c.correct_predicted_non_null, 2);
  EXPECT_EQ(c.accepted, 3);
  EXPECT_EQ(c.accepted_wrong, 1);
  EXPECT_DOUBLE_EQ(c.accuracy().value(), 2.0 / 8);
  EXPECT_DOUBLE_EQ(c.recall().value(), 2.0 / 7);
  EXPECT_DOUBLE_EQ(c.precision().value(), 2.0 / 4);
  EXPECT_DOUBLE_EQ(c.straight_through().value(), 3.0 / 8);
  EXPECT_DOUBLE_EQ(c.silent_error().value(), 1.0 / 3);
}

TEST(EvalReportTest, DocumentLevelNumbers) {
  const EvalReport r = testing::known_report();
  EXPECT_EQ(r.documents, 3);
  EXPECT_EQ(r.type_correct, 1);
  EXPECT_DOUBLE_EQ(r.type_accuracy().value(), 1.0 / 3);
  EXPECT_EQ(r.accepted_documents, 0);
  EXPECT_EQ(r.needs_review_documents, 2);
  EXPECT_EQ(r.rejected_documents, 1);
  EXPECT_FALSE(r.document_straight_through().num > 0);
  ASSERT_EQ(r.confusion.size(), 2u);
  EXPECT_EQ(r.confusion[0].predicted_type, "unknown");
  EXPECT_EQ(r.problem_documents().size(), 2u);
}

TEST(EvalReportTest, PerTypeAndPerField) {
  const EvalReport r = testing::known_report();
  ASSERT_EQ(r.types.size(), 3u);
  EXPECT_EQ(r.types[0].document_type, "passport");  // sorted by name
  EXPECT_EQ(r.types[1].document_type, "pay_stub");
  EXPECT_EQ(r.types[1].counts.scored, 5);
  EXPECT_EQ(r.types[1].counts.correct, 2);
  EXPECT_EQ(r.types[2].counts.scored, 2);
  ASSERT_EQ(r.fields.size(), 8u);
  EXPECT_EQ(r.fields[1].document_type, "pay_stub");
  EXPECT_EQ(r.fields[1].field, "employer_name");  // truth-file order within a type
  const auto worst = r.worst_fields(3);
  ASSERT_EQ(worst.size(), 3u);
  EXPECT_EQ(worst[0]->counts.accuracy().value(), 0.0);
}

TEST(EvalReportTest, ThroughputAndLatency) {
  const EvalReport r = testing::known_report();
  EXPECT_EQ(r.pages, 3);
  EXPECT_DOUBLE_EQ(r.pages_per_second(), 2.0);
  EXPECT_DOUBLE_EQ(r.latency_p50_ms, 200);  // of 100, 300, 200
  EXPECT_DOUBLE_EQ(r.latency_p95_ms, 300);
}

TEST(EvalReportTest, CalibrationUsesPredictedValuesOnly) {
  const EvalReport r = testing::known_report();
  EXPECT_EQ(r.calibration.samples, 4);
  EXPECT_EQ(r.calibration.bins[5].count, 1);  // 0.5, wrong
  EXPECT_EQ(r.calibration.bins[9].count, 3);  // 0.92 wrong, 0.95 and 0.97 right
  // 1/4 * |0 - 0.5| + 3/4 * |2/3 - 0.946667|
  EXPECT_NEAR(r.calibration.expected_calibration_error, 0.125 + 0.75 * (0.946666667 - 2.0 / 3), 1e-6);
}

TEST(EvalReportTest, EmptyRunHasZeroRates) {
  const EvalReport r = evaluate("empty", {}, {});
  EXPECT_FALSE(r.overall.accuracy().defined());
  EXPECT_EQ(r.overall.silent_error().value(), 0.0);
  EXPECT_EQ(r.pages_per_second(), 0.0);
  EXPECT_EQ(r.latency_p95_ms, 0.0);
  EXPECT_EQ(r.tradeoff.size(), 50u);
}

}  // namespace
}  // namespace kycx::eval
