// Bounds the pixels Tesseract reads at once across workers: it needs ~10
// bytes a pixel while it reads, so two of the largest pages read together
// set the process's peak memory. Thread-safe; share one per pipeline.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>

namespace kycx::pipeline {

class OcrPixelBudget {
 public:
  // `max_pixels` <= 0: no bound.
  explicit OcrPixelBudget(double max_pixels) : max_pixels_(max_pixels) {}
  OcrPixelBudget(const OcrPixelBudget&) = delete;
  OcrPixelBudget& operator=(const OcrPixelBudget&) = delete;

  // Holds its pixels until destroyed.
  class Lease {
   public:
    Lease(Lease&& other) noexcept : budget_(other.budget_), pixels_(other.pixels_) { other.budget_ = nullptr; }
    Lease& operator=(Lease&&) = delete;
    ~Lease();

   private:
    friend class OcrPixelBudget;
    Lease(OcrPixelBudget* budget, std::size_t pixels) : budget_(budget), pixels_(pixels) {}
    OcrPixelBudget* budget_;
    std::size_t pixels_;
  };

  // Waits until `pixels` fit beside the pages being read (a page larger than
  // the whole budget is read alone), or returns nullopt once `deadline` passes.
  std::optional<Lease> acquire(std::size_t pixels, std::chrono::steady_clock::time_point deadline);

  std::size_t in_use() const;
  int waits() const;  // acquisitions that had to wait, for --stats

 private:
  void release(std::size_t pixels);

  const double max_pixels_;
  mutable std::mutex mutex_;
  std::condition_variable freed_;
  std::size_t in_use_ = 0;
  int readers_ = 0;
  int waits_ = 0;
};

}  // namespace kycx::pipeline
