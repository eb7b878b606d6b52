// Makes a page image OCR-friendly (upright, level, readable size, even
// background) and remembers the geometry so boxes map back to the original.
// Preprocessor is immutable after construction: share it between threads.
#pragma once

#include <opencv2/core.hpp>

#include "core/error.hpp"
#include "ocr/ocr_engine.hpp"
#include "ocr/page_transform.hpp"

namespace kycx::ocr {

struct PreprocessOptions {
  bool detect_orientation = true;        // turn pages by 90/180/270 degrees (Tesseract OSD)
  double min_orientation_confidence = 1.0;  // OSD score below which the page stays as it is
  int orientation_side = 1600;           // px, longer side of the copy OSD looks at
  bool deskew = true;                    // straighten small tilts
  double max_skew_degrees = 6.0;         // degrees, largest tilt searched
  bool normalize_background = true;      // flatten uneven lighting
  bool denoise = true;                   // median filter when the image is noisy
  double noise_sigma_threshold = 12.0;   // grey levels, noise above which we denoise
  bool binarize = false;                 // hand Tesseract a black-and-white image
  double target_text_height = 30.0;      // px, typical character height we rescale to
  double min_scale = 0.5;                // smallest rescale factor
  double max_scale = 3.0;                // largest rescale factor
  double max_ocr_pixels = 40e6;          // pixels, cap on the rescaled image
};

struct PreparedPage {
  cv::Mat upright;                 // grey, turned upright and deskewed, original scale
  PageTransform upright_transform; // upright pixels -> original page
  cv::Mat for_ocr;                 // `upright` rescaled and cleaned for the OCR engine
  PageTransform ocr_transform;     // for_ocr pixels -> original page
  int rotation = 0;                // degrees clockwise applied
  double skew = 0.0;               // degrees of tilt removed
  double scale = 1.0;              // for_ocr / upright
  int ocr_dpi = 300;               // resolution to tell the OCR engine
};

class Preprocessor {
 public:
  explicit Preprocessor(const PreprocessOptions& options = {}) : options_(options) {}

  // `dpi` is the image's resolution if known, else 0. `osd` may be null (no
  // orientation detection).
  // REQUIRES: gray.type() == CV_8UC1 and !gray.empty().
  Result<PreparedPage> prepare(const cv::Mat& gray, int dpi, OrientationDetector* osd) const;

 private:
  int detect_rotation(const cv::Mat& gray, int dpi, OrientationDetector& osd) const;

  PreprocessOptions options_;
};

}  // namespace kycx::ocr
