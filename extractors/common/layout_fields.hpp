// Labelled values on form-like pages found by position: the words right of a
// label, below it, or in a table column under a header. Word boxes are seen
// upright and levelled (the OCR's quarter turns and deskew undone), so "right
// of" and "below" mean what a reader of the page sees; rows are rebuilt from
// the words, not taken from the OCR's lines. Label synonyms match fuzzily
// (text_match.hpp). A FormLayout is read-only once built: share it freely.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/geometry.hpp"
#include "ocr/page.hpp"

namespace kycx::extractors {

struct LayoutWord {
  const ocr::Word* word = nullptr;  // the OCR word; its box is on the original page
  int page = 0;                     // index into the pages
  BBox box;                         // upright and levelled, in units of the page's width (y may pass 1)
  std::vector<std::string> tokens;  // folded tokens ("No.:" -> {"no"})
  int row = 0;                      // index into FormLayout::rows()
};

// Words sharing one baseline band of one page, left to right.
struct LayoutRow {
  int page = 0;
  BBox box;                // union of its words' levelled boxes
  double height = 0;       // median word height
  std::vector<int> words;  // indices into FormLayout::words(), by x
};

// Where a label was found: words [first, last] of one row (positions in
// LayoutRow::words).
struct LabelHit {
  int row = 0;
  int first = 0;
  int last = 0;
  BBox box;
  int edits = 0;  // letters OCR would have changed for the words to read the label: 0 when printed exactly
};

// Words read as one value, in reading order (indices into FormLayout::words()).
using LayoutSpan = std::vector<int>;

struct RightOfOptions {
  double max_lead = 0.55;  // page widths, from the label's end to the value's first word
  double max_gap = 1.5;    // word heights, largest gap between two words of the value
  int max_words = 12;      // words taken at most
};

// Everything to the right of a label on its row.
inline constexpr RightOfOptions kRestOfRow{.max_lead = 1.0, .max_gap = 1e9, .max_words = 40};

struct BelowOptions {
  double x0 = 0;  // the column the value lies in (levelled units); x1 <= x0: the label's own width
  double x1 = 0;
  int max_rows = 1;     // rows taken below the label (the first with words in the column counts as 1)
  double max_drop = 4;  // label heights, from the label's bottom to the first row taken
};

class FormLayout {
 public:
  explicit FormLayout(const std::vector<ocr::Page>& pages);

  const std::vector<LayoutWord>& words() const { return words_; }
  const std::vector<LayoutRow>& rows() const { return rows_; }

  // Every place one of `synonyms` is printed (tokens matched with
  // fuzzy_word_equal, words of a label no further apart than a word height),
  // in reading order. Where synonyms overlap, the one covering more tokens wins.
  std::vector<LabelHit> find_label(std::span<const std::string_view> synonyms) const;

  // The words right of `label` in its row: the first within max_lead, then
  // each next one while the gap stays under max_gap word heights.
  LayoutSpan right_of(const LabelHit& label, const RightOfOptions& options = {}) const;

  // The rows below `label` with words whose centre lies in the column, each
  // row's words in that column as one span (top to bottom).
  std::vector<LayoutSpan> below(const LabelHit& label, const BelowOptions& options = {}) const;

  // The words of `row` whose boxes overlap [x0, x1] horizontally.
  LayoutSpan in_column(int row, double x0, double x1) const;

  // x of the first word right of the label in its row that starts a new
  // phrase (gap over a word height), or `fallback` when there is none.
  double next_phrase_x(const LabelHit& label, double fallback) const;

  // The words' texts joined by single spaces.
  std::string text(const LayoutSpan& span) const;
  // The union of the words' levelled boxes.
  BBox box(const LayoutSpan& span) const;
  // The OCR words (original boxes), for field_from_words.
  std::vector<const ocr::Word*> ocr_words(const LayoutSpan& span) const;

 private:
  void drop_duplicates(size_t first);  // among words_[first...], one page's

  std::vector<LayoutWord> words_;
  std::vector<LayoutRow> rows_;
};

}  // namespace kycx::extractors
