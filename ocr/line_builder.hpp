// Groups loose words (a PDF text layer gives words in content-stream order)
// into lines and blocks by geometry, the way OCR reports them: a line is a
// run of words on one row without a wide gap; a block is a stack of lines
// that overlap horizontally. Pure function; thread-safe.
#pragma once

#include <vector>

#include "ocr/page_text.hpp"

namespace kycx::ocr {

struct LooseWord {
  std::string text;
  BBox box;  // normalised to the page
  float confidence = 1.0f;
  bool visible = true;  // false: dropped (counted in PageText::hidden_words)
};

// `page_aspect` = page height / width, so gaps are judged in real distances.
PageText assemble_page(PageInfo info, std::vector<LooseWord> words, double page_aspect);

}  // namespace kycx::ocr
