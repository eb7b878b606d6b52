#include "extractors/statements/statement_rows.hpp"

#include <algorithm>
#include <cmath>

#include "core/median.hpp"
#include "extractors/common/field_builder.hpp"
#include "extractors/common/upright_frame.hpp"

namespace kycx::extractors::statements {

namespace {

// A normalised box of the original page in the upright page's frame, given
// the clockwise turn that made the page upright.
BBox upright_box(const BBox& b, int rotation) {
  switch (((rotation % 360) + 360) % 360) {
    case 90: return {1 - b.y1, b.x0, 1 - b.y0, b.x1};
    case 180: return {1 - b.x1, 1 - b.y1, 1 - b.x0, 1 - b.y0};
    case 270: return {b.y0, 1 - b.x1, b.y1, 1 - b.x0};
    default: return b;
  }
}

// The tilt of the text (dy/dx in page units) from the words of each OCR line:
// a line's word centres lie on one baseline in the deskewed image. 0 for a
// text layer, whose words are never tilted.
double text_slope(const ocr::PageText& text, const std::vector<BBox>& boxes, double w, double h) {
  if (text.info.text_source == TextSource::kTextLayer) return 0;
  std::vector<double> slopes;
  for (const ocr::Line& line : text.lines) {
    if (line.word_count < 3) continue;
    double sx = 0, sy = 0, sxx = 0, sxy = 0, left = w, right = 0;
    const auto n = static_cast<double>(line.word_count);
    for (int k = line.first_word; k < line.first_word + line.word_count; ++k) {
      const BBox& b = boxes[static_cast<size_t>(k)];
      const double x = b.center_x() * w, y = b.center_y() * h;
      sx += x, sy += y, sxx += x * x, sxy += x * y;
      left = std::min(left, b.x0 * w), right = std::max(right, b.x1 * w);
    }
    const double var = sxx - sx * sx / n;
    if (var <= 0 || right - left < 0.15 * w) continue;
    slopes.push_back((sxy - sx * sy / n) / var);
  }
  return std::clamp(median(std::move(slopes)), -0.15, 0.15);
}

bool is_noise(const ocr::Word& word) {
  const bool has_alnum = std::any_of(word.text.begin(), word.text.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           static_cast<unsigned char>(c) >= 0x80;
  });
  return !has_alnum && word.confidence < 0.6f;
}

size_t end_of(const TextRow& row, size_t last) {
  return std::min(last, row.words.size());
}

}  // namespace

std::string TextRow::text(size_t first, size_t last) const {
  std::string out;
  for (size_t k = first; k < end_of(*this, last); ++k) {
    if (!out.empty()) out.push_back(' ');
    out += words[k].word->text;
  }
  return out;
}

BBox TextRow::box(size_t first, size_t last) const {
  BBox b;
  for (size_t k = first; k < end_of(*this, last); ++k) b = united(b, words[k].word->box);
  return b;
}

double TextRow::confidence(size_t first, size_t last) const {
  double lowest = 1.0;
  for (size_t k = first; k < end_of(*this, last); ++k) lowest = std::min(lowest, double(words[k].word->confidence));
  return lowest;
}

PlacedWord PageRows::place(const ocr::Word& word) const {
  const BBox box = upright_box(word.box, rotation_);
  const double w = width, h = height, c = std::cos(angle_), s = std::sin(angle_);
  const double bw = box.width() * w, bh = box.height() * h;
  const double x = box.center_x() * w - w / 2, y = box.center_y() * h - h / 2;
  // The word's own size from its tilted hull: bw = a c + b |s|, bh = a |s| + b c.
  const double det = c * c - s * s;
  const double a = std::max(bw * 0.5, (bw * c - bh * std::abs(s)) / det);
  const double b = std::max(bh * 0.3, (bh * c - bw * std::abs(s)) / det);
  const double ux = w / 2 + x * c + y * s, uy = h / 2 - x * s + y * c;
  return {&word, ux - a / 2, ux + a / 2, uy, b};
}

BBox PageRows::original_box(double x0, double y0, double x1, double y1) const {
  const double w = width, h = height, c = std::cos(angle_), s = std::sin(angle_);
  BBox upright{1e9, 1e9, -1e9, -1e9};
  for (const auto& [ux, uy] : {std::pair{x0, y0}, {x1, y0}, {x0, y1}, {x1, y1}}) {
    // Undo the deskew (rotation by -angle about the centre), then normalise.
    const double dx = ux - w / 2, dy = uy - h / 2;
    const double x = (w / 2 + dx * c - dy * s) / w, y = (h / 2 + dx * s + dy * c) / h;
    upright = {std::min(upright.x0, x), std::min(upright.y0, y), std::max(upright.x1, x), std::max(upright.y1, y)};
  }
  // The inverse turn: turning on by 360 - rotation brings the page back.
  return clamped_unit(upright_box(upright, 360 - rotation_));
}

void PageRows::add_word(ocr::Word word) {
  added_words_.push_back(std::move(word));
  const PlacedWord p = place(added_words_.back());
  auto it = std::find_if(rows.begin(), rows.end(),
                         [&](const TextRow& row) { return std::abs(row.y - p.y) < 0.45 * std::max(em, p.height); });
  if (it == rows.end()) {
    it = std::find_if(rows.begin(), rows.end(), [&](const TextRow& row) { return row.y > p.y; });
    it = rows.insert(it, TextRow{{}, p.y, p.height});
  }
  auto at = std::find_if(it->words.begin(), it->words.end(), [&](const PlacedWord& q) { return q.x0 > p.x0; });
  it->words.insert(at, p);
}

PageRows rows_of_page(const ocr::PageText& text) {
  PageRows out;
  out.page = text.info.page;
  // Which way is up by the words' own direction (Tesseract reads a sideways
  // page whose turn the orientation check missed).
  out.rotation_ = reading_rotation(text);
  const bool sideways = out.rotation_ % 180 != 0;
  const double original_w = text.info.width > 0 ? text.info.width : 1000.0;
  const double original_h = text.info.height > 0 ? text.info.height : original_w * std::sqrt(2.0);
  out.width = sideways ? original_h : original_w;
  out.height = sideways ? original_w : original_h;
  out.text_layer = text.info.text_source == TextSource::kTextLayer;
  std::vector<BBox> boxes;
  boxes.reserve(text.words.size());
  for (const ocr::Word& word : text.words) boxes.push_back(upright_box(word.box, out.rotation_));
  out.angle_ = std::atan(text_slope(text, boxes, out.width, out.height));

  std::vector<PlacedWord> placed;
  std::vector<double> heights;
  for (const ocr::Word& word : text.words) {
    if (is_noise(word)) continue;
    placed.push_back(out.place(word));
    heights.push_back(placed.back().height);
  }
  out.em = median(heights);
  std::sort(placed.begin(), placed.end(), [](const PlacedWord& l, const PlacedWord& r) { return l.y < r.y; });

  // A row takes words whose centres are within a fraction of a line of its own.
  const double tolerance = 0.45 * out.em;
  for (const PlacedWord& p : placed) {
    if (out.rows.empty() || p.y - out.rows.back().y > tolerance) out.rows.emplace_back();
    TextRow& row = out.rows.back();
    row.words.push_back(p);
    double sum = 0;
    for (const PlacedWord& q : row.words) sum += q.y;
    row.y = sum / static_cast<double>(row.words.size());
  }
  for (TextRow& row : out.rows) {
    std::sort(row.words.begin(), row.words.end(), [](const PlacedWord& l, const PlacedWord& r) { return l.x0 < r.x0; });
    std::vector<double> hs;
    for (const PlacedWord& p : row.words) hs.push_back(p.height);
    row.height = median(std::move(hs));
  }
  return out;
}

std::vector<std::pair<size_t, size_t>> cells_of_row(const TextRow& row, double gap) {
  std::vector<std::pair<size_t, size_t>> cells;
  for (size_t k = 0; k < row.words.size(); ++k) {
    if (k == 0 || row.words[k].x0 - row.words[k - 1].x1 > gap) cells.emplace_back(k, k);
    cells.back().second = k + 1;
  }
  return cells;
}

size_t run_end(const TextRow& row, size_t from, double gap) {
  size_t end = from;
  while (end < row.words.size() && (end == from || row.words[end].x0 - row.words[end - 1].x1 <= gap)) ++end;
  return end;
}

Field row_field(Json value, const PageRows& page, const TextRow& row, size_t first, size_t last) {
  std::vector<const ocr::Word*> words;
  for (size_t k = first; k < last; ++k) words.push_back(row.words[k].word);
  return field_from_words(std::move(value), page.text_layer ? Method::kTextLayer : Method::kOcrRules, page.page, words);
}

std::optional<RowRun> run_right_of(const PageRows& page, size_t r, size_t first, size_t last, double gap) {
  const TextRow& label_row = page.rows[r];
  const double right = label_row.words[last - 1].x1;
  double label_y = 0;
  for (size_t k = first; k < last; ++k) label_y += label_row.words[k].y;
  label_y /= static_cast<double>(last - first);
  auto run_in = [&](size_t row_index, size_t from) -> std::optional<RowRun> {
    const TextRow& row = page.rows[row_index];
    for (size_t k = from; k < row.words.size(); ++k) {
      if (row.words[k].x0 < right - 0.2 * page.em) continue;
      if (row.words[k].x0 - right > gap) return std::nullopt;
      return RowRun{row_index, k, run_end(row, k, 4 * page.em)};
    }
    return std::nullopt;
  };
  if (auto same = run_in(r, last)) return same;
  for (size_t n : {r - 1, r + 1}) {
    if (n >= page.rows.size() || std::abs(page.rows[n].y - label_y) > 0.8 * page.em) continue;
    if (auto near = run_in(n, 0)) return near;
  }
  return std::nullopt;
}

}  // namespace kycx::extractors::statements
