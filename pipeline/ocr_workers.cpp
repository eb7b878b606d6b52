#include "pipeline/ocr_workers.hpp"

#include "ocr/tesseract_engine.hpp"

namespace kycx::pipeline {

Result<std::unique_ptr<OcrWorkers>> OcrWorkers::create(int count, const ocr::OcrOptions& options) {
  std::vector<std::unique_ptr<ocr::OcrEngine>> text;
  std::vector<std::unique_ptr<ocr::OrientationDetector>> osd;
  for (int i = 0; i < count; ++i) {
    auto engine = ocr::TesseractEngine::create(options);
    if (!engine) return tl::unexpected(engine.error());
    text.push_back(std::move(*engine));
    auto detector = ocr::TesseractOrientationDetector::create(options);
    if (!detector) return tl::unexpected(detector.error());
    osd.push_back(std::move(*detector));
  }
  return std::make_unique<OcrWorkers>(std::move(text), std::move(osd));
}

}  // namespace kycx::pipeline
