// Runs an OCR engine over a prepared page and reports words in the original
// page's normalised coordinates. Stateless; the engine is the caller's.
#pragma once

#include "core/error.hpp"
#include "ocr/ocr_engine.hpp"
#include "ocr/page_text.hpp"
#include "ocr/preprocessor.hpp"

namespace kycx::ocr {

// Recognises `page.for_ocr` and maps every box through `page.ocr_transform`.
// `info` describes the original page (number, size, dpi) and is copied into
// the result with text_source "ocr", rotation and skew filled in.
Result<PageText> recognize_page(OcrEngine& engine, const PreparedPage& page, PageInfo info,
                                const RecognizeOptions& options);

// Confidence below which a page is read again turned by 180 degrees. Upright
// pages of the generated corpus read at a median of 0.82, upside-down ones at
// 0.36 and never above 0.53 (bench/orientation_eval --ocr).
inline constexpr double kSecondLookConfidence = 0.65;

// Confidence above which a reading is kept even when the page's shapes lean
// upside down (that evidence misleads on dense forms: a 300 DPI W-2 read at
// 0.90 was read a second time, doubling its OCR time and peak memory).
inline constexpr double kSureReadingConfidence = 0.80;

struct UprightReading {
  PageText text;
  PreparedPage page;  // the page as finally read (turned if the second look won)
};

// recognize_page(), and when the result reads poorly, or not surely and the
// page's shapes lean upside down, again with the page turned by 180 degrees;
// keeps the clearly better reading.
// With `remake`, the engine is handed the page's `for_ocr` (so it is freed
// while the engine reads its own copy: a 16 MP page is not held twice), and
// a second look remakes the turned image with remake->ocr_image(). The
// returned page then has no `for_ocr`.
Result<UprightReading> recognize_upright(OcrEngine& engine, PreparedPage page, const PageInfo& info,
                                         const RecognizeOptions& options, const Preprocessor* remake = nullptr);

// Maps pixel boxes (of the image described by `transform`) to the original
// page, normalised.
void map_to_original(PageText& text, const PageTransform& transform);

}  // namespace kycx::ocr
