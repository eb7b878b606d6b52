// Makes a page image OCR-friendly (upright, level, readable size, even
// background) and remembers the geometry so boxes map back to the original.
// Preprocessor is immutable after construction: share it between threads.
#pragma once

#include <optional>

#include <opencv2/core.hpp>

#include "core/error.hpp"
#include "ocr/ocr_engine.hpp"
#include "ocr/page_transform.hpp"

namespace kycx::ocr {

struct PreprocessOptions {
  bool detect_orientation = true;  // turn sideways pages (profiles + Tesseract OSD for 90 vs 270)
  int orientation_side = 1200;     // px, longer side of the copy OSD looks at
  // Leptonica's ascender/descender test for upside-down pages before OCR.
  // Off: it cost ~17 ms a page (2% of reading it) and, on 285 held-out
  // pages (seeds 202 and 303), turned the same pages upright as without it;
  // an upside-down page reads poorly and is read again turned either way.
  bool upside_down_test = false;
  bool deskew = true;                   // straighten small tilts
  double max_skew_degrees = 6.0;        // degrees, largest tilt searched
  bool normalize_background = true;     // flatten uneven lighting
  bool denoise = true;                  // median filter when the image is noisy
  double noise_sigma_threshold = 12.0;  // grey levels, noise above which we denoise
  bool binarize = false;                // hand Tesseract a black-and-white image
  double target_text_height = 30.0;     // px, typical character height we rescale to
  double min_scale = 0.5;               // smallest rescale factor
  double max_scale = 3.0;               // largest rescale factor
  double max_ocr_pixels = 16e6;         // pixels, cap on the rescaled image (Tesseract needs ~10 bytes each)
  // The OCR engine gets only the part of the page with ink (plus a margin)
  // when that part is at most this share of the page: a card scanned on a
  // letter-size sheet is read, not the empty paper around it.
  double crop_to_content_share = 0.6;
};

struct PreparedPage {
  cv::Mat upright;                  // grey, turned upright, deskewed and cut to its content, original scale
  PageTransform upright_transform;  // upright pixels -> original page
  cv::Mat for_ocr;                  // `upright` rescaled and cleaned for the OCR engine
  PageTransform ocr_transform;      // for_ocr pixels -> original page
  int rotation = 0;                 // degrees clockwise applied
  double upright_evidence = 0.0;    // ascender/descender evidence after turning: < 0 suggests upside down
  double skew = 0.0;                // degrees of tilt removed
  double scale = 1.0;               // for_ocr / upright
  int ocr_dpi = 300;                // resolution to tell the OCR engine
};

// The same page turned by 180 degrees (images and transforms), for reading
// again a page that OCR suggests is upside down.
PreparedPage turned_half(const PreparedPage& page);

class Preprocessor {
 public:
  explicit Preprocessor(const PreprocessOptions& options = {}) : options_(options) {}

  // `dpi` is the image's resolution if known, else 0. `osd` may be null (no
  // orientation detection).
  // REQUIRES: gray.type() == CV_8UC1 and !gray.empty().
  Result<PreparedPage> prepare(const cv::Mat& gray, int dpi, OrientationDetector* osd) const;

  // The image the OCR engine reads: `page.upright` rescaled by `page.scale`
  // (to the size `page.ocr_transform` gives) and cleaned. prepare() sets it
  // as `for_ocr`; a reader that handed that image to the engine remakes it
  // here for a second look.
  cv::Mat ocr_image(const PreparedPage& page) const;

 private:
  // Sets page.rotation and page.upright_evidence.
  void orient(PreparedPage& page, const cv::Mat& gray, int dpi, const cv::Mat& ink, std::optional<double> blob_height,
              OrientationDetector* osd) const;

  PreprocessOptions options_;
};

}  // namespace kycx::ocr
