// Tesseract (C++ API) behind the OcrEngine and OrientationDetector seams.
// Not thread-safe: one instance per worker thread, created once and reused.
#pragma once

#include <memory>

#include "core/error.hpp"
#include "ocr/ocr_engine.hpp"
#include "ocr/ocr_options.hpp"

namespace tesseract {
class TessBaseAPI;
}

namespace kycx::ocr {

// Tesseract's OpenMP threading makes parallel pages several times slower; the
// flow graph supplies the parallelism. libgomp reads OMP_THREAD_LIMIT when it
// is loaded, before main(), so this re-executes the program once with the
// variable set (argv as given) unless it is set already. Call first in main().
void limit_tesseract_threads(char** argv);

// CPU seconds this process has spent inside Tesseract so far, over all
// threads: `work` reading pages and regions and detecting orientation,
// `loading` loading models (once per engine). --stats sets the rest of the
// process's CPU time against `work`.
struct TesseractCpu {
  double work = 0;
  double loading = 0;
};
TesseractCpu tesseract_cpu_seconds();

// Wall-clock milliseconds the calling thread has spent creating engines and
// detectors so far. Stage timers subtract it: a model loaded on first use is
// a one-time cost, not part of the stage that happened to need it first.
double model_loading_ms_on_this_thread();

class TesseractEngine final : public OcrEngine {
 public:
  static Result<std::unique_ptr<TesseractEngine>> create(const OcrOptions& options = {});
  ~TesseractEngine() override;

  Result<PageText> recognize(cv::Mat gray, const RecognizeOptions& options) override;

 private:
  explicit TesseractEngine(std::unique_ptr<tesseract::TessBaseAPI> api);
  std::unique_ptr<tesseract::TessBaseAPI> api_;
};

// Orientation from Tesseract's OSD model (osd.traineddata).
class TesseractOrientationDetector final : public OrientationDetector {
 public:
  static Result<std::unique_ptr<TesseractOrientationDetector>> create(const OcrOptions& options = {});
  ~TesseractOrientationDetector() override;

  Result<Orientation> detect(const cv::Mat& gray, int dpi) override;

 private:
  explicit TesseractOrientationDetector(std::unique_ptr<tesseract::TessBaseAPI> api);
  std::unique_ptr<tesseract::TessBaseAPI> api_;
};

}  // namespace kycx::ocr
