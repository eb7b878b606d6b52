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

class LazyPreciseEngine final : public ocr::OcrEngine {
 public:
  explicit LazyPreciseEngine(OcrWorkers::PrecisePool& pool) : pool_(pool) {}
  LazyPreciseEngine(const LazyPreciseEngine&) = delete;
  LazyPreciseEngine& operator=(const LazyPreciseEngine&) = delete;
  ~LazyPreciseEngine() override {
    if (engine_) pool_.release(std::move(engine_));
  }
  Result<ocr::PageText> recognize(const cv::Mat& gray, const ocr::RecognizeOptions& options) override {
    if (!engine_) {
      auto engine = pool_.acquire();
      if (!engine) return tl::unexpected(engine.error());
      engine_ = std::move(*engine);
    }
    return engine_->recognize(gray, options);
  }

 private:
  OcrWorkers::PrecisePool& pool_;
  std::unique_ptr<ocr::OcrEngine> engine_;
};

}  // namespace

Result<std::unique_ptr<ocr::OcrEngine>> OcrWorkers::PrecisePool::acquire() {
  std::unique_lock lock(mutex_);
  available_.wait(lock, [&] { return !free_.empty() || created_ < capacity_; });
  if (!free_.empty()) {
    std::unique_ptr<ocr::OcrEngine> engine = std::move(free_.back());
    free_.pop_back();
    return engine;
  }
  ++created_;
  lock.unlock();
  ocr::OcrOptions options = options_;
  options.tessdata_dir = options_.precise_tessdata_dir;
  auto engine = ocr::TesseractEngine::create(options);
  if (!engine) {
    {
      std::lock_guard relock(mutex_);
      --created_;
    }
    available_.notify_one();
    return tl::unexpected(engine.error());
  }
  return std::unique_ptr<ocr::OcrEngine>(std::move(*engine));
}

void OcrWorkers::PrecisePool::release(std::unique_ptr<ocr::OcrEngine> engine) {
  {
    std::lock_guard lock(mutex_);
    free_.push_back(std::move(engine));
  }
  available_.notify_one();
}

OcrWorkers::OcrWorkers(std::vector<std::unique_ptr<ocr::OcrEngine>> text,
                       std::vector<std::unique_ptr<ocr::OrientationDetector>> osd, ocr::OcrOptions precise_options)
    : text_(std::move(text)), osd_(std::move(osd)) {
  if (!precise_options.precise_tessdata_dir.empty()) {
    precise_ = std::make_unique<PrecisePool>(std::move(precise_options), static_cast<int>(text_.capacity()));
  }
}

std::unique_ptr<ocr::OcrEngine> OcrWorkers::lazy_text_engine() { return std::make_unique<LazyEngine>(text_); }

std::unique_ptr<ocr::OcrEngine> OcrWorkers::lazy_precise_engine() {
  if (!precise_) return nullptr;
  return std::make_unique<LazyPreciseEngine>(*precise_);
}

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
  return std::make_unique<OcrWorkers>(std::move(text), std::move(osd), options);
}

}  // namespace kycx::pipeline
