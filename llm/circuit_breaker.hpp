// Stops calling a failing endpoint: opens after N consecutive failed calls,
// lets one probe through after a cool-down (half-open), closes on its success.
// While open, documents take the deterministic path at once. Thread-safe.
#pragma once

#include <chrono>
#include <mutex>
#include <string_view>

namespace kycx::llm {

enum class BreakerState { kClosed, kOpen, kHalfOpen };
std::string_view to_string(BreakerState state);

class CircuitBreaker {
 public:
  using Clock = std::chrono::steady_clock;

  CircuitBreaker(int failures_to_open, double cooldown_seconds)
      : failures_to_open_(failures_to_open), cooldown_(std::chrono::duration<double>(cooldown_seconds)) {}

  // Whether a call may start now. In half-open state only one caller gets
  // true (the probe) until it reports back.
  bool allow();
  void record_success();
  void record_failure();
  // A caller that was allowed but sent nothing (it gave up waiting for a
  // request slot) hands the half-open probe back.
  void release_probe();
  BreakerState state() const;
  int consecutive_failures() const;

 private:
  const int failures_to_open_;
  const std::chrono::duration<double> cooldown_;
  mutable std::mutex mutex_;
  BreakerState state_ = BreakerState::kClosed;
  int failures_ = 0;
  bool probe_out_ = false;
  Clock::time_point opened_at_{};
};

}  // namespace kycx::llm
