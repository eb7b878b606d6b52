#include "eval/latency.hpp"

#include <gtest/gtest.h>

namespace kycx::eval {
namespace {

TEST(LatencyTest, NearestRankPercentiles) {
  std::vector<double> values;
  for (int i = 20; i >= 1; --i) values.push_back(i * 10.0);  // 10..200, unsorted
  EXPECT_DOUBLE_EQ(percentile(values, 0.50), 100);           // rank 10
  EXPECT_DOUBLE_EQ(percentile(values, 0.95), 190);           // rank 19
  EXPECT_DOUBLE_EQ(percentile(values, 1.0), 200);
  EXPECT_DOUBLE_EQ(percentile(values, 0.0), 10);
}

TEST(LatencyTest, SmallSamples) {
  EXPECT_DOUBLE_EQ(percentile({}, 0.5), 0.0);
  EXPECT_DOUBLE_EQ(percentile({42}, 0.95), 42);
  EXPECT_DOUBLE_EQ(percentile({1, 2}, 0.5), 1);
  EXPECT_DOUBLE_EQ(percentile({1, 2}, 0.95), 2);
  EXPECT_DOUBLE_EQ(percentile({3, 1, 2}, 0.5), 2);
}

}  // namespace
}  // namespace kycx::eval
