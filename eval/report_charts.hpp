// The pictures of the HTML report as inline SVG: reliability diagram,
// straight-through vs silent-error trade-off, per-field accuracy bars.
// Names, counts and rates only. Pure; thread-safe.
#pragma once

#include <string>

#include "eval/eval_report.hpp"

namespace kycx::eval {

// The product targets drawn on the trade-off chart (not the CI gate, which
// lives in tests/quality/thresholds.json).
inline constexpr double kTargetSilentErrorRate = 0.005;     // at most
inline constexpr double kTargetStraightThroughRate = 0.85;  // at least

// Observed accuracy per confidence bin against the diagonal, with bin counts.
std::string reliability_diagram(const Calibration& calibration);

// Straight-through rate against silent error rate as the review threshold
// moves from 0.50 to 0.99, the target corner, and the point as run.
std::string tradeoff_chart(const EvalReport& report);

// One bar per field of `document_type`: accuracy, with correct/scored.
std::string field_accuracy_bars(const EvalReport& report, const std::string& document_type);

}  // namespace kycx::eval
