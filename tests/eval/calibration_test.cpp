#include "eval/calibration.hpp"

#include <gtest/gtest.h>

namespace kycx::eval {
namespace {

TEST(CalibrationTest, ExpectedCalibrationErrorOfAKnownExample) {
  // Bin 0.9-1.0: 0.95, 0.95, 0.95, 0.95 with 3 right -> |0.75 - 0.95| = 0.2, weight 4/6.
  // Bin 0.2-0.3: 0.25, 0.25 with 1 right -> |0.5 - 0.25| = 0.25, weight 2/6.
  const std::vector<ConfidenceSample> samples = {{0.95, true},  {0.95, true}, {0.95, true},
                                                 {0.95, false}, {0.25, true}, {0.25, false}};
  const Calibration c = calibrate(samples);
  ASSERT_EQ(c.bins.size(), 10u);
  EXPECT_EQ(c.samples, 6);
  EXPECT_EQ(c.bins[9].count, 4);
  EXPECT_EQ(c.bins[9].correct, 3);
  EXPECT_DOUBLE_EQ(c.bins[9].accuracy, 0.75);
  EXPECT_DOUBLE_EQ(c.bins[9].mean_confidence, 0.95);
  EXPECT_EQ(c.bins[2].count, 2);
  EXPECT_NEAR(c.expected_calibration_error, 4.0 / 6 * 0.2 + 2.0 / 6 * 0.25, 1e-12);
}

TEST(CalibrationTest, PerfectCalibrationHasNoError) {
  std::vector<ConfidenceSample> samples;
  for (int i = 0; i < 10; ++i) samples.push_back({0.7, i < 7});
  EXPECT_NEAR(calibrate(samples).expected_calibration_error, 0.0, 1e-12);
}

TEST(CalibrationTest, BinEdgesAndClamping) {
  const Calibration c = calibrate({{1.0, true}, {0.0, false}, {1.7, true}, {-0.2, false}, {0.1, true}});
  EXPECT_EQ(c.bins[9].count, 2);  // 1.0 and 1.7 (clamped) land in the last bin
  EXPECT_EQ(c.bins[0].count, 2);
  EXPECT_EQ(c.bins[1].count, 1);  // 0.1 opens the second bin
  EXPECT_DOUBLE_EQ(c.bins[0].lower, 0.0);
  EXPECT_DOUBLE_EQ(c.bins[9].upper, 1.0);
  EXPECT_EQ(c.bins[5].count, 0);
  EXPECT_EQ(c.bins[5].accuracy, 0.0);
}

TEST(CalibrationTest, NoSamples) {
  const Calibration c = calibrate({});
  EXPECT_EQ(c.samples, 0);
  EXPECT_EQ(c.expected_calibration_error, 0.0);
}

}  // namespace
}  // namespace kycx::eval
