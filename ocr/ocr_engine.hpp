// The seam between the pipeline and an OCR engine: extractor tests use a fake
// engine that returns word lists; production uses TesseractEngine.
// An engine instance is used by one thread at a time (see ResourcePool).
#pragma once

#include <chrono>
#include <string>

#include <opencv2/core.hpp>

#include "core/error.hpp"
#include "ocr/page_text.hpp"

namespace kycx::ocr {

enum class SegmentationMode {
  kAuto,         // full page layout analysis
  kSingleBlock,  // one uniform block of text (an MRZ band, a table cell)
  kSingleLine,   // one text line
  kSparse,       // as much text as possible in no particular order
};

struct RecognizeOptions {
  SegmentationMode mode = SegmentationMode::kAuto;
  std::string whitelist;  // characters allowed; empty: the model's full set
  int dpi = 300;          // resolution of the image given, pixels per inch
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();  // give up after this
};

class OcrEngine {
 public:
  virtual ~OcrEngine() = default;
  // Words, lines and blocks of an 8-bit grey image. Boxes are in the given
  // image's pixels (not normalised): the caller maps them to the page.
  // `gray` is taken by value: a caller that moves its only reference in lets
  // the engine free the pixels once it holds its own copy (Tesseract copies
  // the image before reading it), so a large page is not held twice.
  // REQUIRES: gray.type() == CV_8UC1.
  virtual Result<PageText> recognize(cv::Mat gray, const RecognizeOptions& options) = 0;
};

// Detects a page's coarse rotation (a multiple of 90 degrees).
class OrientationDetector {
 public:
  struct Orientation {
    int rotate_clockwise = 0;  // degrees to turn the image clockwise to make it upright
    double confidence = 0.0;   // engine's score; higher is surer
  };
  virtual ~OrientationDetector() = default;
  virtual Result<Orientation> detect(const cv::Mat& gray, int dpi) = 0;
};

}  // namespace kycx::ocr
