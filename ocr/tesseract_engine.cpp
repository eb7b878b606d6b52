#include "ocr/tesseract_engine.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string_view>

#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>
#include <unistd.h>

#include "core/time_util.hpp"

namespace kycx::ocr {

namespace {

using tesseract::PageIteratorLevel;

tesseract::PageSegMode to_psm(SegmentationMode mode) {
  switch (mode) {
    case SegmentationMode::kAuto: return tesseract::PSM_AUTO;
    case SegmentationMode::kSingleBlock: return tesseract::PSM_SINGLE_BLOCK;
    case SegmentationMode::kSingleLine: return tesseract::PSM_SINGLE_LINE;
    case SegmentationMode::kSparse: return tesseract::PSM_SPARSE_TEXT;
  }
  return tesseract::PSM_AUTO;
}

const char* datapath(const OcrOptions& options) {
  return options.tessdata_dir.empty() ? nullptr : options.tessdata_dir.c_str();
}

std::atomic<std::int64_t> g_work_ns{0};
std::atomic<std::int64_t> g_loading_ns{0};

// Adds the calling thread's CPU time between construction and destruction to `sink`.
class CpuMeter {
 public:
  explicit CpuMeter(std::atomic<std::int64_t>& sink) : sink_(sink), start_(thread_cpu_seconds()) {}
  ~CpuMeter() { sink_ += static_cast<std::int64_t>((thread_cpu_seconds() - start_) * 1e9); }
  CpuMeter(const CpuMeter&) = delete;
  CpuMeter& operator=(const CpuMeter&) = delete;

 private:
  std::atomic<std::int64_t>& sink_;
  double start_;
};

thread_local double t_loading_ms = 0;

// Meters one model load: CPU time for --stats, wall time for this thread's stage timers.
class LoadMeter {
 public:
  LoadMeter() : cpu_(g_loading_ns), start_(std::chrono::steady_clock::now()) {}
  ~LoadMeter() { t_loading_ms += elapsed_ms(start_); }
  LoadMeter(const LoadMeter&) = delete;
  LoadMeter& operator=(const LoadMeter&) = delete;

 private:
  CpuMeter cpu_;
  std::chrono::steady_clock::time_point start_;
};

// Tesseract reports progress through this C callback; we use it to stop at the deadline.
bool past_deadline(void* deadline, int /*words*/) {
  return std::chrono::steady_clock::now() > *static_cast<std::chrono::steady_clock::time_point*>(deadline);
}

std::string take_text(char* raw) {
  std::string text = raw ? raw : "";
  delete[] raw;
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

BBox pixel_box(const tesseract::ResultIterator& it, PageIteratorLevel level) {
  int l = 0, t = 0, r = 0, b = 0;
  it.BoundingBox(level, &l, &t, &r, &b);
  return {double(l), double(t), double(r), double(b)};
}

void silence(tesseract::TessBaseAPI& api) {
  // Tesseract prints diagnostics ("Estimating resolution...") to stderr; they
  // carry no document text but clutter operators' logs.
  api.SetVariable("debug_file", "/dev/null");
}

}  // namespace

void limit_tesseract_threads(char** argv) {
  const char* current = std::getenv("OMP_THREAD_LIMIT");
  if (current != nullptr && std::string_view(current) == "1") return;
  setenv("OMP_THREAD_LIMIT", "1", /*overwrite=*/1);
  ::execv("/proc/self/exe", argv);
  // exec failed (no /proc): carry on, slower but correct.
}

double model_loading_ms_on_this_thread() {
  return t_loading_ms;
}

TesseractCpu tesseract_cpu_seconds() {
  return {.work = double(g_work_ns.load()) / 1e9, .loading = double(g_loading_ns.load()) / 1e9};
}

Result<std::unique_ptr<TesseractEngine>> TesseractEngine::create(const OcrOptions& options) {
  const LoadMeter meter;
  auto api = std::make_unique<tesseract::TessBaseAPI>();
  if (api->Init(datapath(options), options.language.c_str(), tesseract::OEM_LSTM_ONLY) != 0) {
    return fail(ErrorCode::kOcrFailed, "Tesseract could not load language '" + options.language +
                                           "'; install tesseract-ocr-eng (scripts/setup) or set the tessdata folder");
  }
  silence(*api);
  api->SetVariable("tessedit_do_invert", options.invert_check ? "1" : "0");
  return std::unique_ptr<TesseractEngine>(new TesseractEngine(std::move(api)));
}

TesseractEngine::TesseractEngine(std::unique_ptr<tesseract::TessBaseAPI> api) : api_(std::move(api)) {}

TesseractEngine::~TesseractEngine() {
  if (api_) api_->End();
}

Result<PageText> TesseractEngine::recognize(cv::Mat gray, const RecognizeOptions& options) {
  if (gray.empty() || gray.type() != CV_8UC1) {
    return fail(ErrorCode::kInternal, "OCR needs an 8-bit grey image");
  }
  std::optional<CpuMeter> meter(std::in_place, g_work_ns);  // until Tesseract's part is done
  api_->SetPageSegMode(to_psm(options.mode));
  api_->SetVariable("tessedit_char_whitelist", options.whitelist.c_str());
  api_->SetImage(gray.data, gray.cols, gray.rows, 1, static_cast<int>(gray.step));
  api_->SetSourceResolution(options.dpi);
  const int width = gray.cols;
  const int height = gray.rows;
  gray.release();  // Tesseract has its own copy; ours goes now if the caller handed it over

  auto deadline = options.deadline;
  tesseract::ETEXT_DESC monitor;
  monitor.cancel = &past_deadline;
  monitor.cancel_this = &deadline;
  const int failed = api_->Recognize(&monitor);
  if (std::chrono::steady_clock::now() > deadline) {
    api_->Clear();
    return fail(ErrorCode::kTimeout, "OCR did not finish within the time limit per document");
  }
  if (failed != 0) {
    api_->Clear();
    return fail(ErrorCode::kOcrFailed, "Tesseract could not recognise the page image");
  }

  PageInfo info;
  info.width = width;
  info.height = height;
  info.dpi = options.dpi;
  PageTextBuilder builder(info);
  std::unique_ptr<tesseract::ResultIterator> it(api_->GetIterator());
  if (it) {
    do {
      if (it->Empty(tesseract::RIL_WORD)) continue;
      if (it->IsAtBeginningOf(tesseract::RIL_BLOCK)) builder.begin_block();
      if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) builder.begin_line();
      std::string text = take_text(it->GetUTF8Text(tesseract::RIL_WORD));
      if (text.empty()) continue;
      const float conf = std::clamp(it->Confidence(tesseract::RIL_WORD) / 100.0f, 0.0f, 1.0f);
      builder.add_word(std::move(text), pixel_box(*it, tesseract::RIL_WORD), conf);
    } while (it->Next(tesseract::RIL_WORD));
  }
  api_->Clear();
  meter.reset();
  return std::move(builder).finish();
}

Result<std::unique_ptr<TesseractOrientationDetector>> TesseractOrientationDetector::create(const OcrOptions& options) {
  const LoadMeter meter;
  auto api = std::make_unique<tesseract::TessBaseAPI>();
  if (api->Init(datapath(options), "osd", tesseract::OEM_TESSERACT_ONLY) != 0) {
    return fail(ErrorCode::kOcrFailed,
                "Tesseract could not load the orientation model 'osd'; install tesseract-ocr-osd "
                "(scripts/setup)");
  }
  silence(*api);
  api->SetPageSegMode(tesseract::PSM_OSD_ONLY);
  return std::unique_ptr<TesseractOrientationDetector>(new TesseractOrientationDetector(std::move(api)));
}

TesseractOrientationDetector::TesseractOrientationDetector(std::unique_ptr<tesseract::TessBaseAPI> api)
    : api_(std::move(api)) {}

TesseractOrientationDetector::~TesseractOrientationDetector() {
  if (api_) api_->End();
}

Result<OrientationDetector::Orientation> TesseractOrientationDetector::detect(const cv::Mat& gray, int dpi) {
  if (gray.empty() || gray.type() != CV_8UC1) {
    return fail(ErrorCode::kInternal, "orientation detection needs an 8-bit grey image");
  }
  const CpuMeter meter(g_work_ns);
  api_->SetImage(gray.data, gray.cols, gray.rows, 1, static_cast<int>(gray.step));
  api_->SetSourceResolution(dpi);
  int orient_deg = 0;
  float orient_conf = 0;
  const char* script = nullptr;
  float script_conf = 0;
  const bool ok = api_->DetectOrientationScript(&orient_deg, &orient_conf, &script, &script_conf);
  api_->Clear();
  if (!ok) return Orientation{0, 0.0};  // too little text to tell: leave the page as it is
  // Tesseract reports the text's orientation counter-clockwise; turning the image
  // clockwise by the complement makes it upright (tests/ocr/page_ocr_test.cpp).
  return Orientation{(360 - orient_deg) % 360, orient_conf};
}

}  // namespace kycx::ocr
