#include "pipeline/ocr_pixel_budget.hpp"

#include <atomic>
#include <thread>

#include <gtest/gtest.h>

namespace kycx::pipeline {
namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

TEST(OcrPixelBudgetTest, PagesThatFitAreReadTogether) {
  OcrPixelBudget budget(20e6);
  auto a = budget.acquire(8e6, Clock::now() + 1s);
  auto b = budget.acquire(8e6, Clock::now() + 1s);
  ASSERT_TRUE(a && b);
  EXPECT_DOUBLE_EQ(budget.in_use(), 16e6);
  EXPECT_EQ(budget.waits(), 0);
}

TEST(OcrPixelBudgetTest, APageThatDoesNotFitWaitsForTheOtherToFinish) {
  OcrPixelBudget budget(20e6);
  std::atomic<bool> second_started = false;
  std::optional<OcrPixelBudget::Lease> first = budget.acquire(16e6, Clock::now() + 1s);
  ASSERT_TRUE(first);
  std::thread other([&] {
    auto second = budget.acquire(8e6, Clock::now() + 10s);
    second_started = second.has_value();
  });
  std::this_thread::sleep_for(50ms);
  EXPECT_FALSE(second_started);  // 16 + 8 MP is over the budget
  first.reset();
  other.join();
  EXPECT_TRUE(second_started);
  EXPECT_EQ(budget.waits(), 1);
  EXPECT_DOUBLE_EQ(budget.in_use(), 0);
}

TEST(OcrPixelBudgetTest, APageOverTheWholeBudgetIsReadAlone) {
  OcrPixelBudget budget(10e6);
  auto huge = budget.acquire(40e6, Clock::now() + 1s);
  EXPECT_TRUE(huge);
  EXPECT_FALSE(budget.acquire(1e6, Clock::now() + 20ms));
}

TEST(OcrPixelBudgetTest, GivesUpAtTheDeadline) {
  OcrPixelBudget budget(10e6);
  auto held = budget.acquire(9e6, Clock::now() + 1s);
  const auto start = Clock::now();
  EXPECT_FALSE(budget.acquire(2e6, start + 30ms));
  EXPECT_GE(Clock::now() - start, 30ms);
  EXPECT_LT(Clock::now() - start, 2s);
}

TEST(OcrPixelBudgetTest, ZeroMeansNoBound) {
  OcrPixelBudget budget(0);
  auto a = budget.acquire(1e9, Clock::now());
  auto b = budget.acquire(1e9, Clock::now());
  EXPECT_TRUE(a && b);
}

}  // namespace
}  // namespace kycx::pipeline
