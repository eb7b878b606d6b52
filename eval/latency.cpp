#include "eval/latency.hpp"

#include <algorithm>
#include <cmath>

namespace kycx::eval {

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0.0;
  std::sort(values.begin(), values.end());
  // The epsilon keeps 0.95 * 20 at rank 19 despite binary rounding.
  const double rank = std::ceil(std::clamp(p, 0.0, 1.0) * static_cast<double>(values.size()) - 1e-9);
  const size_t index = rank < 1 ? 0 : static_cast<size_t>(rank) - 1;
  return values[std::min(index, values.size() - 1)];
}

}  // namespace kycx::eval
