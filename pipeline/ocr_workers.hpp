// The OCR engines of a pipeline: one Tesseract text engine per worker,
// created once and lent per page; one orientation detector shared by all
// workers (32 MB each, and only sideways pages need it); and, when
// configured, up to one precise engine and one names engine per worker,
// created on first use and lent per call (they read small regions; most
// documents never need them). Thread-safe.
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
  // The shared detector, borrowed on its first use only.
  std::unique_ptr<ocr::OrientationDetector> lazy_orientation();
  // An engine of the precise model, lent for each recognize() call; null
  // when none is configured. Its recognize() fails (and readers fall back)
  // if the model cannot be loaded.
  std::unique_ptr<ocr::OcrEngine> lazy_precise_engine();
  // The same for the names language (options.names_language); null when none.
  std::unique_ptr<ocr::OcrEngine> lazy_names_engine();

  // `options` names the precise model and the names language, if any.
  OcrWorkers(std::vector<std::unique_ptr<ocr::OcrEngine>> text,
             std::vector<std::unique_ptr<ocr::OrientationDetector>> osd, const ocr::OcrOptions& options = {});

  // Engines of one model, made on demand (from `options` as given) up to `capacity`.
  class OnDemandPool {
   public:
    OnDemandPool(ocr::OcrOptions options, int capacity) : options_(std::move(options)), capacity_(capacity) {}
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
  std::unique_ptr<OnDemandPool> precise_;  // null without a precise model
  std::unique_ptr<OnDemandPool> names_;    // null without a names language
};

}  // namespace kycx::pipeline
