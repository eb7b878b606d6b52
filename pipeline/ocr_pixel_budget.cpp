#include "pipeline/ocr_pixel_budget.hpp"

namespace kycx::pipeline {

OcrPixelBudget::Lease::~Lease() {
  if (budget_ != nullptr) budget_->release(pixels_);
}

std::optional<OcrPixelBudget::Lease> OcrPixelBudget::acquire(std::size_t pixels,
                                                             std::chrono::steady_clock::time_point deadline) {
  std::unique_lock lock(mutex_);
  const auto fits = [&] { return max_pixels_ <= 0 || readers_ == 0 || double(in_use_ + pixels) <= max_pixels_; };
  if (!fits()) {
    ++waits_;
    if (!freed_.wait_until(lock, deadline, fits)) return std::nullopt;
  }
  in_use_ += pixels;
  ++readers_;
  return Lease(this, pixels);
}

void OcrPixelBudget::release(std::size_t pixels) {
  {
    std::lock_guard lock(mutex_);
    in_use_ -= pixels;
    --readers_;
  }
  freed_.notify_all();
}

std::size_t OcrPixelBudget::in_use() const {
  std::lock_guard lock(mutex_);
  return in_use_;
}

int OcrPixelBudget::waits() const {
  std::lock_guard lock(mutex_);
  return waits_;
}

}  // namespace kycx::pipeline
