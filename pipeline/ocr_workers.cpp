#include "pipeline/ocr_workers.hpp"

#include <optional>

#include "ocr/tesseract_engine.hpp"

namespace kycx::pipeline {

namespace {

// A lease from `pool` taken on the first get(), kept until destruction.
template <typename T>
class FirstUseLease {
 public:
  explicit FirstUseLease(ResourcePool<T>& pool) : pool_(pool) {}
  T& get() {
    if (!lease_) lease_.emplace(pool_.acquire());
    return **lease_;
  }

 private:
  ResourcePool<T>& pool_;
  std::optional<typename ResourcePool<T>::Lease> lease_;
};

class LazyEngine final : public ocr::OcrEngine {
 public:
  explicit LazyEngine(ResourcePool<ocr::OcrEngine>& pool) : lease_(pool) {}
  Result<ocr::PageText> recognize(cv::Mat gray, const ocr::RecognizeOptions& options) override {
    return lease_.get().recognize(std::move(gray), options);
  }

 private:
  FirstUseLease<ocr::OcrEngine> lease_;
};

class LazyOrientation final : public ocr::OrientationDetector {
 public:
  explicit LazyOrientation(ResourcePool<ocr::OrientationDetector>& pool) : lease_(pool) {}
  Result<Orientation> detect(const cv::Mat& gray, int dpi) override { return lease_.get().detect(gray, dpi); }

 private:
  FirstUseLease<ocr::OrientationDetector> lease_;
};

// Borrows an engine for each call and gives it back at once: a worker
// never waits for one model while holding another.
class LazyOnDemandEngine final : public ocr::OcrEngine {
 public:
  explicit LazyOnDemandEngine(OcrWorkers::OnDemandPool& pool) : pool_(pool) {}
  Result<ocr::PageText> recognize(cv::Mat gray, const ocr::RecognizeOptions& options) override {
    auto engine = pool_.acquire();
    if (!engine) return tl::unexpected(engine.error());
    auto reading = (*engine)->recognize(std::move(gray), options);
    pool_.release(std::move(*engine));
    return reading;
  }

 private:
  OcrWorkers::OnDemandPool& pool_;
};

}  // namespace

Result<std::unique_ptr<ocr::OcrEngine>> OcrWorkers::OnDemandPool::acquire() {
  std::unique_lock lock(mutex_);
  available_.wait(lock, [&] { return !free_.empty() || created_ < capacity_; });
  if (!free_.empty()) {
    std::unique_ptr<ocr::OcrEngine> engine = std::move(free_.back());
    free_.pop_back();
    return engine;
  }
  ++created_;
  lock.unlock();
  auto engine = ocr::TesseractEngine::create(options_);
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

void OcrWorkers::OnDemandPool::release(std::unique_ptr<ocr::OcrEngine> engine) {
  {
    std::lock_guard lock(mutex_);
    free_.push_back(std::move(engine));
  }
  available_.notify_one();
}

OcrWorkers::OcrWorkers(std::vector<std::unique_ptr<ocr::OcrEngine>> text,
                       std::vector<std::unique_ptr<ocr::OrientationDetector>> osd, const ocr::OcrOptions& options)
    : text_(std::move(text)), osd_(std::move(osd)) {
  // Up to one precise and one names engine per worker (21 and 13 MB), made
  // when first needed. One of each for all workers saved that memory but
  // cost 8-10% of pages/s on statements: a worker blocked on a busy engine
  // leaves its core idle (measured 2026-11-24, 4 runs each).
  const int capacity = static_cast<int>(text_.capacity());
  if (!options.precise_tessdata_dir.empty()) {
    ocr::OcrOptions precise = options;
    precise.tessdata_dir = options.precise_tessdata_dir;
    precise_ = std::make_unique<OnDemandPool>(std::move(precise), capacity);
  }
  if (!options.names_language.empty()) {
    ocr::OcrOptions names = options;
    names.language = options.names_language;
    if (!options.names_tessdata_dir.empty()) names.tessdata_dir = options.names_tessdata_dir;
    names_ = std::make_unique<OnDemandPool>(std::move(names), capacity);
  }
}

std::unique_ptr<ocr::OcrEngine> OcrWorkers::lazy_text_engine() {
  return std::make_unique<LazyEngine>(text_);
}

std::unique_ptr<ocr::OrientationDetector> OcrWorkers::lazy_orientation() {
  return std::make_unique<LazyOrientation>(osd_);
}

std::unique_ptr<ocr::OcrEngine> OcrWorkers::lazy_precise_engine() {
  if (!precise_) return nullptr;
  return std::make_unique<LazyOnDemandEngine>(*precise_);
}

std::unique_ptr<ocr::OcrEngine> OcrWorkers::lazy_names_engine() {
  if (!names_) return nullptr;
  return std::make_unique<LazyOnDemandEngine>(*names_);
}

Result<std::unique_ptr<OcrWorkers>> OcrWorkers::create(int count, const ocr::OcrOptions& options) {
  std::vector<std::unique_ptr<ocr::OcrEngine>> text;
  std::vector<std::unique_ptr<ocr::OrientationDetector>> osd;
  for (int i = 0; i < count; ++i) {
    auto engine = ocr::TesseractEngine::create(options);
    if (!engine) return tl::unexpected(engine.error());
    text.push_back(std::move(*engine));
  }
  auto detector = ocr::TesseractOrientationDetector::create(options);
  if (!detector) return tl::unexpected(detector.error());
  osd.push_back(std::move(*detector));
  return std::make_unique<OcrWorkers>(std::move(text), std::move(osd), options);
}

}  // namespace kycx::pipeline
