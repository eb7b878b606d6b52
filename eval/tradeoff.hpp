// The straight-through vs silent-error trade-off as the review threshold
// moves: at threshold t a field is accepted when its document is usable, it
// has a value with confidence >= t and no review reason but low_confidence.
// Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <vector>

#include "eval/document_score.hpp"
#include "eval/field_counts.hpp"

namespace kycx::eval {

struct TradeoffPoint {
  double threshold = 0.0;
  std::int64_t scored = 0;
  std::int64_t accepted = 0;
  std::int64_t accepted_wrong = 0;

  Ratio straight_through() const { return {accepted, scored}; }
  Ratio silent_error() const { return {accepted_wrong, accepted}; }
};

struct TradeoffOptions {
  int first_percent = 50;  // lowest threshold, in hundredths (0.50)
  int last_percent = 99;   // highest threshold, in hundredths (0.99)
  int step_percent = 1;    // hundredths between thresholds
};

// One point per threshold, ascending. Straight-through never rises as the
// threshold rises.
std::vector<TradeoffPoint> tradeoff_curve(const std::vector<DocumentScore>& documents,
                                          const TradeoffOptions& options = {});

}  // namespace kycx::eval
