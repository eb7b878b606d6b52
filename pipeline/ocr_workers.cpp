#include "pipeline/ocr_workers.hpp"

#include <optional>

#include "ocr/tesseract_engine.hpp"

namespace kycx::pipeline {

namespace {

class LazyEngine final : public ocr::OcrEngine {
 public:
  explicit LazyEngine(ResourcePool<ocr::OcrEngine>& pool) : pool_(pool) {}
  Result<ocr::PageText> recognize(const cv::Mat& gray, const ocr::RecognizeOptions& options) override {
    if (!lease_) lease_.emplace(pool_.acquire());
    return (**lease_).recognize(gray, options);
  }

 private:
  ResourcePool<ocr::OcrEngine>& pool_;
  std::optional<ResourcePool<ocr::OcrEngine>::Lease> lease_;
};

}  // namespace

std::unique_ptr<ocr::OcrEngine> OcrWorkers::lazy_text_engine() { return std::make_unique<LazyEngine>(text_); }

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
