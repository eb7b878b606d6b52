#include "eval/calibration.hpp"

#include <algorithm>
#include <cmath>

namespace kycx::eval {

Calibration calibrate(const std::vector<ConfidenceSample>& samples, int bins) {
  Calibration out;
  out.bins.resize(static_cast<size_t>(bins));
  std::vector<double> confidence_sum(out.bins.size(), 0.0);
  for (int i = 0; i < bins; ++i) {
    out.bins[i].lower = static_cast<double>(i) / bins;
    out.bins[i].upper = static_cast<double>(i + 1) / bins;
  }
  for (const ConfidenceSample& sample : samples) {
    const double confidence = std::clamp(sample.confidence, 0.0, 1.0);
    const int index = std::min(static_cast<int>(std::floor(confidence * bins)), bins - 1);
    CalibrationBin& bin = out.bins[index];
    ++bin.count;
    bin.correct += sample.correct ? 1 : 0;
    confidence_sum[index] += confidence;
  }
  out.samples = static_cast<std::int64_t>(samples.size());
  for (size_t i = 0; i < out.bins.size(); ++i) {
    CalibrationBin& bin = out.bins[i];
    if (bin.count == 0) continue;
    bin.mean_confidence = confidence_sum[i] / static_cast<double>(bin.count);
    bin.accuracy = static_cast<double>(bin.correct) / static_cast<double>(bin.count);
    out.expected_calibration_error += static_cast<double>(bin.count) / static_cast<double>(out.samples) *
                                      std::fabs(bin.accuracy - bin.mean_confidence);
  }
  return out;
}

}  // namespace kycx::eval
