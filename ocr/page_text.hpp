// The text of one page as words with boxes, grouped into lines and blocks in
// reading order. Produced by OCR or a PDF text layer; read by every extractor.
// Plain value type: share read-only between threads.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/envelope.hpp"
#include "core/geometry.hpp"

namespace kycx::ocr {

struct Word {
  std::string text;         // UTF-8, no white space inside
  BBox box;                 // normalised to the original page
  float confidence = 1.0f;  // engine confidence in [0, 1]; 1 for a text layer
  int line = 0;             // index into PageText::lines
};

struct Line {
  BBox box;
  int block = 0;       // index into PageText::blocks
  int first_word = 0;  // words of a line are contiguous in PageText::words
  int word_count = 0;
};

struct Block {
  BBox box;
};

struct PageText {
  PageInfo info;  // page number, size, dpi, text source, rotation
  std::vector<Word> words;
  std::vector<Line> lines;
  std::vector<Block> blocks;
  // Text-layer words no reader of the page can see (no ink under them, tiny,
  // or off the page). They are not in `words`: nothing reads them.
  int hidden_words = 0;

  // The words of line `i` joined by single spaces.
  std::string line_text(size_t i) const;
  // All lines joined by '\n' in reading order.
  std::string text() const;
  // Mean word confidence, 0 for a page without words.
  double mean_confidence() const;
};

// Builds a PageText word by word, in reading order. Boxes are taken as given;
// line and block boxes are the union of their words'.
class PageTextBuilder {
 public:
  explicit PageTextBuilder(PageInfo info) { page_.info = std::move(info); }

  void begin_block();
  void begin_line();
  // REQUIRES: begin_line() was called at least once (a line is open).
  void add_word(std::string text, BBox box, float confidence);
  PageText finish() &&;

 private:
  PageText page_;
};

}  // namespace kycx::ocr
