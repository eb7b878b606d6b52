// Decides whether a PDF page's text layer can be trusted instead of OCR:
// real text (not glyph garbage) that covers the page's visible writing.
// Pure functions; thread-safe.
#pragma once

#include <string>

#include <opencv2/core.hpp>

#include "ocr/page_text.hpp"

namespace kycx::ingest {

struct TextLayerVerdict {
  bool usable = false;
  std::string reason;  // why not, for logs and tests ("no text", "garbage", "covers part of a scan")
};

// Character-level plausibility: enough letters and digits, few replacement
// or private-use characters.
TextLayerVerdict judge_text(const ocr::PageText& text);

// Compares a low-resolution render of the page (`preview`, grey) with the text
// boxes: writing-sized ink outside every text box means part of the page is a
// scanned image that the text layer does not cover.
TextLayerVerdict judge_coverage(const ocr::PageText& text, const cv::Mat& preview);

}  // namespace kycx::ingest
