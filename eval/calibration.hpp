// Calibration of confidence against observed accuracy (contract section 2:
// confidence is meant as the probability that the value is right): equal-width
// bins, per bin count, mean confidence and accuracy, and the expected
// calibration error. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <vector>

namespace kycx::eval {

// One predicted (non-null) value: how sure the program was, and whether it was right.
struct ConfidenceSample {
  double confidence = 0.0;
  bool correct = false;
};

struct CalibrationBin {
  double lower = 0.0;  // confidence range [lower, upper); the last bin includes 1.0
  double upper = 0.0;
  std::int64_t count = 0;
  std::int64_t correct = 0;
  double mean_confidence = 0.0;  // 0 for an empty bin
  double accuracy = 0.0;         // correct / count; 0 for an empty bin
};

struct Calibration {
  std::vector<CalibrationBin> bins;
  std::int64_t samples = 0;
  double expected_calibration_error = 0.0;  // sum over bins of count/samples * |accuracy - mean_confidence|
};

// REQUIRES: bins > 0. Confidences outside [0, 1] are clamped.
Calibration calibrate(const std::vector<ConfidenceSample>& samples, int bins = 10);

}  // namespace kycx::eval
