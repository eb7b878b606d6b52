// Percentiles of per-document latency. Pure functions; thread-safe.
#pragma once

#include <vector>

namespace kycx::eval {

// Nearest-rank percentile: the smallest value with at least p of the values
// at or below it (p in [0, 1]); 0 for no values.
double percentile(std::vector<double> values, double p);

}  // namespace kycx::eval
