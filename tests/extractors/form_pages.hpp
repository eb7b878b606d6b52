// Hand-built pages for the form reader tests: words placed where a reader of
// the page sees them (upright, level), stored as the OCR stores them (on the
// original page, turned and tilted as the scan was).
#pragma once

#include <cmath>
#include <numbers>
#include <string>
#include <vector>

#include "extractors/common/upright_frame.hpp"
#include "ocr/page.hpp"

namespace kycx::extractors::testing {

struct PlacedWord {
  std::string text;
  double x0, y0, x1, y1;  // upright, level, normalised
};

struct ScanOptions {
  int rotation = 0;    // degrees clockwise the OCR turned the page to read it
  double skew = 0;     // degrees of tilt the OCR removed
  double width = 612;  // page size (points)
  double height = 792;
  float confidence = 0.95f;
};

// One OCR line per inner vector.
inline ocr::Page scanned_page(const std::vector<std::vector<PlacedWord>>& lines, const ScanOptions& o = {}) {
  PageInfo info;
  info.width = o.width;
  info.height = o.height;
  info.rotation = o.rotation;
  info.skew = o.skew;
  const bool quarter = o.rotation % 180 == 90;
  const double w = quarter ? o.height : o.width, h = quarter ? o.width : o.height;
  // Undo the levelling (a rotation by -skew about the centre, as the preprocessor applies).
  const double a = -o.skew * std::numbers::pi / 180.0;
  auto tilt = [&](double x, double y) {
    const double dx = x * w - w / 2, dy = y * h - h / 2;
    return std::pair{(w / 2 + std::cos(a) * dx - std::sin(a) * dy) / w,
                     (h / 2 + std::sin(a) * dx + std::cos(a) * dy) / h};
  };
  ocr::PageTextBuilder b(info);
  b.begin_block();
  for (const auto& line : lines) {
    b.begin_line();
    for (const PlacedWord& pw : line) {
      BBox hull{1, 1, 0, 0};
      for (auto [x, y] : {std::pair{pw.x0, pw.y0}, {pw.x1, pw.y0}, {pw.x0, pw.y1}, {pw.x1, pw.y1}}) {
        const auto [tx, ty] = tilt(x, y);
        hull = {std::min(hull.x0, tx), std::min(hull.y0, ty), std::max(hull.x1, tx), std::max(hull.y1, ty)};
      }
      b.add_word(pw.text, from_upright(hull, o.rotation), o.confidence);
    }
  }
  ocr::Page page;
  page.text = std::move(b).finish();
  return page;
}

// Words of one line of text starting at x, each character `em` wide.
inline std::vector<PlacedWord> text_at(const std::string& text, double x, double y, double em = 0.008,
                                       double height = 0.012) {
  std::vector<PlacedWord> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) {
      const double x0 = x + static_cast<double>(start) * em;
      out.push_back({text.substr(start, end - start), x0, y, x0 + static_cast<double>(end - start) * em, y + height});
    }
    start = end + 1;
  }
  return out;
}

// The words of `a` followed by those of `b`: two pieces of text on one line.
inline std::vector<PlacedWord> join(std::vector<PlacedWord> a, const std::vector<PlacedWord>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

}  // namespace kycx::extractors::testing
