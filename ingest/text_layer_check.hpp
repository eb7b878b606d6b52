// Decides whether a PDF page's text layer can be trusted instead of OCR:
// which of its words a reader can see, and whether they are real text (not
// glyph garbage) that covers the page's visible writing. Everything after
// poppler, so any values are safe input. Pure functions; thread-safe.
#pragma once

#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "ocr/page_text.hpp"

namespace kycx::ingest {

// A word of a PDF page's text layer, where the PDF puts it.
struct LayerWord {
  std::string text;     // UTF-8 as the PDF maps it (may be invalid)
  double left = 0;      // points from the page's left edge; any value, the word may lie off the page
  double top = 0;       // points from the page's top edge
  double right = 0;     // points
  double bottom = 0;    // points
  bool legible = true;  // its font is large enough to read, or the PDF does not say
};

// The page's text layer as OCR-like words in lines and blocks, boxes
// normalised to the page (`width_pt` x `height_pt`). Words no reader can see
// (illegible, at no finite position, mostly off the page, or over no ink in
// `preview`, a grey render of the page; empty when there is none) are not
// kept but counted in hidden_words.
ocr::PageText text_layer_page(int index, std::vector<LayerWord> words, double width_pt, double height_pt,
                              const cv::Mat& preview);

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
