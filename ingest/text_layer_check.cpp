#include "ingest/text_layer_check.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>

#include <opencv2/imgproc.hpp>

#include "ocr/line_builder.hpp"

namespace kycx::ingest {

namespace {

constexpr double kPdfUnitsPerInch = 72.0;  // PDF user space: points per inch
constexpr int kMinCharacters = 8;
constexpr double kMinAlnumShare = 0.5;
constexpr double kMaxBadShare = 0.05;
constexpr int kMinUncoveredBlobs = 12;
constexpr double kMaxUncoveredShare = 0.25;

struct CharCounts {
  int total = 0;
  int alnum = 0;
  int bad = 0;  // U+FFFD, private use, control
};

// Counts code points of UTF-8 text; invalid sequences count as bad.
void count(std::string_view s, CharCounts& c) {
  for (size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::uint32_t cp = 0;
    int len = 1;
    if (b < 0x80)
      cp = b;
    else if ((b >> 5) == 0x6)
      cp = b & 0x1F, len = 2;
    else if ((b >> 4) == 0xE)
      cp = b & 0x0F, len = 3;
    else if ((b >> 3) == 0x1E)
      cp = b & 0x07, len = 4;
    else {
      ++c.total, ++c.bad, ++i;
      continue;
    }
    if (i + len > s.size()) {
      ++c.total, ++c.bad;
      break;
    }
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += static_cast<size_t>(len);
    ++c.total;
    const bool ascii_alnum = cp < 0x80 && std::isalnum(static_cast<int>(cp));
    const bool latin_letter = cp >= 0xC0 && cp < 0x2000 && cp != 0xD7 && cp != 0xF7;
    if (ascii_alnum || latin_letter) ++c.alnum;
    if (cp == 0xFFFD || (cp >= 0xE000 && cp <= 0xF8FF) || cp < 0x20) ++c.bad;
  }
}

// A pixel position `p` (any value: NaN, huge) cut to [0, size].
int pixel_on(double p, int size) {
  if (!(p > 0)) return 0;
  return p < size ? static_cast<int>(p) : size;
}

bool is_finite(const BBox& b) {
  return std::isfinite(b.x0) && std::isfinite(b.y0) && std::isfinite(b.x1) && std::isfinite(b.y1);
}

// A word box mostly outside the page cannot be seen.
bool is_on_page(const BBox& b) {
  const BBox inside = intersected(b, {0, 0, 1, 1});
  return b.area() <= 0 || inside.area() >= 0.5 * b.area();
}

// Whether the render shows ink where the word is: white text, text in render
// mode 3 (invisible) or hidden under an image leave the area blank. An OCR'd
// scan's invisible layer sits on the scan's ink and counts as seen.
bool has_ink(const cv::Mat& preview, const BBox& b) {
  if (preview.empty()) return true;
  const cv::Rect area(
      cv::Point(pixel_on(b.x0 * preview.cols, preview.cols), pixel_on(b.y0 * preview.rows, preview.rows)),
      cv::Point(pixel_on(std::ceil(b.x1 * preview.cols), preview.cols),
                pixel_on(std::ceil(b.y1 * preview.rows), preview.rows)));
  if (area.empty()) return false;
  double lo = 0, hi = 0;
  cv::minMaxLoc(preview(area), &lo, &hi);
  return hi - lo >= 40;  // some contrast inside the box
}

}  // namespace

ocr::PageText text_layer_page(int index, std::vector<LayerWord> words, double width_pt, double height_pt,
                              const cv::Mat& preview) {
  PageInfo info;
  info.page = index + 1;
  info.width = width_pt;
  info.height = height_pt;
  info.unit = "pt";
  info.dpi = kPdfUnitsPerInch;
  info.text_source = TextSource::kTextLayer;
  std::vector<ocr::LooseWord> loose;
  for (auto& w : words) {
    if (w.text.empty()) continue;
    const BBox raw{w.left / width_pt, w.top / height_pt, w.right / width_pt, w.bottom / height_pt};
    // A word at NaN or infinity (a degenerate matrix) is nowhere a reader could look.
    const bool seen = w.legible && is_finite(raw) && is_on_page(raw) && has_ink(preview, raw);
    loose.push_back({std::move(w.text), clamped_unit(raw), 1.0f, seen});
  }
  return ocr::assemble_page(info, std::move(loose), height_pt / width_pt);
}

TextLayerVerdict judge_text(const ocr::PageText& text) {
  CharCounts c;
  for (const auto& w : text.words) count(w.text, c);
  if (c.total < kMinCharacters) return {false, "no text layer"};
  if (double(c.bad) / c.total > kMaxBadShare) return {false, "text layer is garbage (unmapped glyphs)"};
  if (double(c.alnum) / c.total < kMinAlnumShare) return {false, "text layer is garbage (few letters or digits)"};
  return {true, ""};
}

TextLayerVerdict judge_coverage(const ocr::PageText& text, const cv::Mat& preview) {
  if (preview.empty()) return {true, ""};
  cv::Mat ink;
  cv::threshold(preview, ink, 160, 255, cv::THRESH_BINARY_INV);
  // Blank out everything the text layer explains (with a margin for glyph overhang).
  const double mx = 0.004 * preview.cols, my = 0.004 * preview.rows;
  for (const auto& w : text.words) {
    const cv::Rect r(
        cv::Point(pixel_on(w.box.x0 * ink.cols - mx, ink.cols), pixel_on(w.box.y0 * ink.rows - my, ink.rows)),
        cv::Point(pixel_on(w.box.x1 * ink.cols + mx + 1, ink.cols), pixel_on(w.box.y1 * ink.rows + my + 1, ink.rows)));
    ink(r).setTo(0);
  }
  cv::Mat labels, stats, centroids;
  const int n = cv::connectedComponentsWithStats(ink, labels, stats, centroids, 8, CV_32S);
  // Writing-sized blobs left over are text the layer does not hold.
  const int max_h = std::max(4, std::max(preview.rows, preview.cols) / 15);
  int uncovered = 0;
  for (int i = 1; i < n; ++i) {
    const int h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
    const int w = stats.at<int>(i, cv::CC_STAT_WIDTH);
    if (h >= 2 && h <= max_h && w <= max_h * 3) ++uncovered;
  }
  const int covered = static_cast<int>(text.words.size());
  if (uncovered >= kMinUncoveredBlobs && double(uncovered) / (uncovered + covered * 4) > kMaxUncoveredShare) {
    return {false, "text layer covers only part of a scanned page"};
  }
  return {true, ""};
}

}  // namespace kycx::ingest
