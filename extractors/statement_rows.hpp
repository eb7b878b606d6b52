// The words of a page regrouped into visual rows, as a reader of a statement
// sees them: a label and its value, or one line of a table, even when OCR or
// a text layer split them into separate lines or blocks, and even on a tilted
// scan (positions are deskewed). Pure functions; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "core/field.hpp"
#include "core/geometry.hpp"
#include "core/json.hpp"
#include "ocr/page_text.hpp"

namespace kycx::extractors {

// One word placed on the upright, deskewed page, in page units where the page
// is `PageRows::width` wide (points or pixels: x and y in the same unit).
struct PlacedWord {
  const ocr::Word* word = nullptr;
  double x0 = 0, x1 = 0;  // left and right edges
  double y = 0;           // vertical centre
  double height = 0;      // height of the word itself (not of its tilted box)
};

struct TextRow {
  std::vector<PlacedWord> words;  // left to right
  double y = 0;                   // mean vertical centre
  double height = 0;              // median word height

  double x0() const { return words.front().x0; }
  double x1() const { return words.back().x1; }
  // Words [first, last) joined by single spaces.
  std::string text(size_t first = 0, size_t last = std::string::npos) const;
  // Union of the words' normalised boxes on the original page.
  BBox box(size_t first = 0, size_t last = std::string::npos) const;
  // Lowest OCR confidence of words [first, last).
  double confidence(size_t first = 0, size_t last = std::string::npos) const;
};

struct PageRows {
  int page = 1;      // counted from 1
  double width = 0;  // width of the upright page in the unit of the positions
  double height = 0;
  double em = 0;              // median word height on the page
  bool text_layer = false;    // words from the PDF's text layer, not OCR
  std::vector<TextRow> rows;  // top to bottom
};

// The rows of one page. Words that are only punctuation read with low
// confidence (table rules and specks OCR turns into '|' or '=') are dropped.
PageRows rows_of_page(const ocr::PageText& text);

// Runs of words in a row separated by gaps wider than `gap` (page units):
// cells of a table, or a label and its value. Each is [first, last).
std::vector<std::pair<size_t, size_t>> cells_of_row(const TextRow& row, double gap);

// The words after `from` up to the first gap wider than `gap`: [from, end).
size_t run_end(const TextRow& row, size_t from, double gap);

// A field read from words [first, last) of a row (method text_layer or
// ocr_rules after the page), through field_builder.
// REQUIRES: first < last <= row.words.size().
Field row_field(Json value, const PageRows& page, const TextRow& row, size_t first, size_t last);

}  // namespace kycx::extractors
