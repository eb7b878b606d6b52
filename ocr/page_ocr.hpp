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

// Maps pixel boxes (of the image described by `transform`) to the original
// page, normalised.
void map_to_original(PageText& text, const PageTransform& transform);

}  // namespace kycx::ocr
