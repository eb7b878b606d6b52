// The OCR engines of a pipeline: one Tesseract text engine and one
// orientation detector per worker, created once and lent per page.
// Thread-safe.
#pragma once

#include <memory>

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

  OcrWorkers(std::vector<std::unique_ptr<ocr::OcrEngine>> text,
             std::vector<std::unique_ptr<ocr::OrientationDetector>> osd)
      : text_(std::move(text)), osd_(std::move(osd)) {}

 private:
  ResourcePool<ocr::OcrEngine> text_;
  ResourcePool<ocr::OrientationDetector> osd_;
};

}  // namespace kycx::pipeline
