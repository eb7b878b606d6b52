// The median of a list of measurements (word heights, gaps, pitches). Pure.
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace kycx {

// The middle value; of an even count, the upper of the two middle values.
// 0 for an empty list. Takes a copy, which it reorders.
inline double median(std::vector<double> values) {
  if (values.empty()) return 0;
  const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
  std::nth_element(values.begin(), middle, values.end());
  return *middle;
}

}  // namespace kycx
