#include "ocr/line_builder.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace kycx::ocr {

namespace {

constexpr double kSplitGapInHeights = 1.6;  // a gap wider than this many line heights starts a new line
constexpr double kBlockGapInHeights = 1.2;  // lines this close vertically (and overlapping) share a block

struct Row {
  double y0 = 0, y1 = 0;
  std::vector<LooseWord> words;
  double height() const { return y1 - y0; }
};

struct Segment {
  BBox box;
  std::vector<LooseWord> words;
  int block = -1;
};

double horizontal_overlap(const BBox& a, const BBox& b) {
  return std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
}

}  // namespace

PageText assemble_page(PageInfo info, std::vector<LooseWord> words, double page_aspect) {
  const auto hidden = std::count_if(words.begin(), words.end(), [](const LooseWord& w) { return !w.visible; });
  words.erase(std::remove_if(words.begin(), words.end(), [](const LooseWord& w) { return !w.visible; }), words.end());
  // 1. Rows: words whose vertical centre falls inside a row's band join it.
  std::sort(words.begin(), words.end(),
            [](const LooseWord& a, const LooseWord& b) { return a.box.center_y() < b.box.center_y(); });
  std::vector<Row> rows;
  for (auto& w : words) {
    const double cy = w.box.center_y();
    Row* row = rows.empty() ? nullptr : &rows.back();
    if (row == nullptr || cy > row->y1 || cy < row->y0) {
      rows.push_back({w.box.y0, w.box.y1, {}});
      row = &rows.back();
    }
    row->words.push_back(std::move(w));
  }

  // 2. Segments: split each row at gaps wider than a few line heights.
  std::vector<Segment> segments;
  for (auto& row : rows) {
    std::sort(row.words.begin(), row.words.end(),
              [](const LooseWord& a, const LooseWord& b) { return a.box.x0 < b.box.x0; });
    const double height_in_x = std::max(row.height(), 1e-4) * page_aspect;
    Segment current;
    for (auto& w : row.words) {
      if (!current.words.empty() && w.box.x0 - current.box.x1 > kSplitGapInHeights * height_in_x) {
        segments.push_back(std::move(current));
        current = {};
      }
      current.box = united(current.box, w.box);
      current.words.push_back(std::move(w));
    }
    if (!current.words.empty()) segments.push_back(std::move(current));
  }

  // 3. Blocks: a segment joins the block of the closest segment above it that
  //    overlaps it horizontally and is near enough.
  int blocks = 0;
  for (size_t i = 0; i < segments.size(); ++i) {
    Segment& s = segments[i];
    for (size_t j = i; j-- > 0;) {
      const Segment& above = segments[j];
      const double gap = s.box.y0 - above.box.y1;
      if (gap > kBlockGapInHeights * std::max(s.box.height(), 1e-4)) {
        if (above.box.y1 < s.box.y0 - 4 * s.box.height()) break;
        continue;
      }
      if (horizontal_overlap(s.box, above.box) > 0 && std::abs(s.box.x0 - above.box.x0) < 0.5 * s.box.width() + 0.02) {
        s.block = above.block;
        break;
      }
    }
    if (s.block < 0) s.block = blocks++;
  }

  // 4. Reading order: blocks by their first segment, segments top to bottom.
  std::stable_sort(segments.begin(), segments.end(),
                   [](const Segment& a, const Segment& b) { return a.block < b.block; });
  PageTextBuilder builder(std::move(info));
  int last_block = -1;
  for (auto& s : segments) {
    if (s.block != last_block) {
      builder.begin_block();
      last_block = s.block;
    }
    builder.begin_line();
    for (auto& w : s.words) builder.add_word(std::move(w.text), w.box, w.confidence);
  }
  PageText page = std::move(builder).finish();
  page.hidden_words = static_cast<int>(hidden);
  return page;
}

}  // namespace kycx::ocr
