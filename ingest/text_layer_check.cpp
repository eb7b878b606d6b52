#include "ingest/text_layer_check.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include <opencv2/imgproc.hpp>

namespace kycx::ingest {

namespace {

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

}  // namespace

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
    const cv::Rect r(cv::Point(int(w.box.x0 * preview.cols - mx), int(w.box.y0 * preview.rows - my)),
                     cv::Point(int(w.box.x1 * preview.cols + mx + 1), int(w.box.y1 * preview.rows + my + 1)));
    ink(r & cv::Rect(0, 0, ink.cols, ink.rows)).setTo(0);
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
