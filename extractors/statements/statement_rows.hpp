// The words of a page regrouped into visual rows, as a reader of a statement
// sees them: a label and its value, or one line of a table, even when OCR or
// a text layer split them into separate lines or blocks, and even on a tilted
// scan (positions are deskewed). Pure functions; thread-safe.
#pragma once

#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "core/field.hpp"
#include "core/geometry.hpp"
#include "core/json.hpp"
#include "ocr/page_text.hpp"

namespace kycx::extractors::statements {

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

class PageRows {
 public:
  int page = 1;      // counted from 1
  double width = 0;  // width of the upright page in the unit of the positions
  double height = 0;
  double em = 0;              // median word height on the page
  bool text_layer = false;    // words from the PDF's text layer, not OCR
  std::vector<TextRow> rows;  // top to bottom

  PageRows() = default;
  PageRows(PageRows&&) = default;
  PageRows& operator=(PageRows&&) = default;
  PageRows(const PageRows&) = delete;  // rows point into added_words_
  PageRows& operator=(const PageRows&) = delete;

  // `word` (box normalised on the original page) on the upright, deskewed page.
  PlacedWord place(const ocr::Word& word) const;
  // A rectangle of the upright, deskewed page as a normalised box of the
  // original page (the hull of its corners).
  BBox original_box(double x0, double y0, double x1, double y1) const;
  // Adds a word read again from the page image to the row it sits on (a new
  // row when none is near). Keeps rows sorted, and words within a row.
  void add_word(ocr::Word word);

 private:
  friend PageRows rows_of_page(const ocr::PageText& text);
  int rotation_ = 0;  // clockwise turn that made the original upright
  double angle_ = 0;  // tilt of the text on the upright page, radians
  std::deque<ocr::Word> added_words_;
};

// The rows of one page. Words that are only punctuation read with low
// confidence (table rules and specks OCR turns into '|' or '=') are dropped.
PageRows rows_of_page(const ocr::PageText& text);

// Runs of words in a row separated by gaps wider than `gap` (page units):
// cells of a table, or a label and its value. Each is [first, last).
std::vector<std::pair<size_t, size_t>> cells_of_row(const TextRow& row, double gap);

// A rectangle of the upright, deskewed page, in PageRows units.
struct PageRegion {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// Words [first, last) of row `row` of a page.
struct RowRun {
  size_t row = 0;
  size_t first = 0;
  size_t last = 0;
};

// What is printed right of words [first, last) of row `r` (a label): the
// words after it on its row, starting within `gap` of it, up to a gap of
// 4 em; when there are none, the same on a row whose centre is less than
// 0.8 em from the label's (OCR and small print shift a value off its label's line).
std::optional<RowRun> run_right_of(const PageRows& page, size_t r, size_t first, size_t last, double gap);

// The words after `from` up to the first gap wider than `gap`: [from, end).
size_t run_end(const TextRow& row, size_t from, double gap);

// A field read from words [first, last) of a row (method text_layer or
// ocr_rules after the page), through field_builder.
// REQUIRES: first < last <= row.words.size().
Field row_field(Json value, const PageRows& page, const TextRow& row, size_t first, size_t last);

}  // namespace kycx::extractors::statements
