#include "llm/circuit_breaker.hpp"

namespace kycx::llm {

std::string_view to_string(BreakerState state) {
  switch (state) {
    case BreakerState::kClosed: return "closed";
    case BreakerState::kOpen: return "open";
    case BreakerState::kHalfOpen: return "half_open";
  }
  return "closed";
}

bool CircuitBreaker::allow() {
  std::lock_guard lock(mutex_);
  if (state_ == BreakerState::kClosed) return true;
  if (state_ == BreakerState::kOpen && Clock::now() - opened_at_ >= cooldown_) {
    state_ = BreakerState::kHalfOpen;
    probe_out_ = false;
  }
  if (state_ == BreakerState::kHalfOpen && !probe_out_) {
    probe_out_ = true;
    return true;
  }
  return false;
}

void CircuitBreaker::record_success() {
  std::lock_guard lock(mutex_);
  state_ = BreakerState::kClosed;
  failures_ = 0;
  probe_out_ = false;
}

void CircuitBreaker::record_failure() {
  std::lock_guard lock(mutex_);
  ++failures_;
  if (state_ == BreakerState::kHalfOpen || failures_ >= failures_to_open_) {
    state_ = BreakerState::kOpen;
    opened_at_ = Clock::now();
    probe_out_ = false;
  }
}

void CircuitBreaker::release_probe() {
  std::lock_guard lock(mutex_);
  probe_out_ = false;
}

BreakerState CircuitBreaker::state() const {
  std::lock_guard lock(mutex_);
  return state_;
}

int CircuitBreaker::consecutive_failures() const {
  std::lock_guard lock(mutex_);
  return failures_;
}

}  // namespace kycx::llm
