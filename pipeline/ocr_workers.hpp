// The OCR engines of a pipeline: one Tesseract text engine and one
// orientation detector per worker, created once and lent per page; and, when
// a precise model is configured, up to one precise engine per worker, created
// on first use (most documents never need one). Thread-safe.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

#include "core/error.hpp"
#include "core/resource_pool.hpp"
#include "ocr/ocr_engine.hpp"
#include "ocr/ocr_options.hpp"

namespace kycx::pipeline {

class OcrWorkers {
 public:
  // Loads `count` engines of each kind; fails if Tesseract's data is missing.
  static Result<std::unique_ptr<OcrWorkers>> create(int count, const ocr::OcrOptions& options);

  ResourcePool<ocr::OcrEngine>::Lease text_engine() { return text_.acquire(); }
  // An engine that is borrowed on its first use only (extractors that may
  // not need OCR at all must not wait for a free engine).
  std::unique_ptr<ocr::OcrEngine> lazy_text_engine();
  ResourcePool<ocr::OrientationDetector>::Lease orientation() { return osd_.acquire(); }
  // The same for the precise model; null when none is configured. Its
  // recognize() fails (and readers fall back) if the model cannot be loaded.
  std::unique_ptr<ocr::OcrEngine> lazy_precise_engine();

  OcrWorkers(std::vector<std::unique_ptr<ocr::OcrEngine>> text,
             std::vector<std::unique_ptr<ocr::OrientationDetector>> osd, ocr::OcrOptions precise_options = {});

  // Precise engines, made on demand up to one per worker.
  class PrecisePool {
   public:
    PrecisePool(ocr::OcrOptions options, int capacity) : options_(std::move(options)), capacity_(capacity) {}
    Result<std::unique_ptr<ocr::OcrEngine>> acquire();
    void release(std::unique_ptr<ocr::OcrEngine> engine);

   private:
    ocr::OcrOptions options_;
    int capacity_;
    int created_ = 0;
    std::mutex mutex_;
    std::condition_variable available_;
    std::vector<std::unique_ptr<ocr::OcrEngine>> free_;
  };

 private:
  ResourcePool<ocr::OcrEngine> text_;
  ResourcePool<ocr::OrientationDetector> osd_;
  std::unique_ptr<PrecisePool> precise_;  // null without a precise model
};

}  // namespace kycx::pipeline
