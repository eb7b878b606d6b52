#include "extractors/barcode/pdf417_locator.hpp"

#include <algorithm>
#include <climits>
#include <cmath>

#include <opencv2/imgproc.hpp>

namespace kycx::extractors::barcode {

namespace {

// Orders four points so TL->TR runs across the bars. With `bars_vertical` the
// rows run left to right; otherwise the symbol is turned a quarter and the
// frame is rotated before ordering, then back.
std::array<cv::Point2f, 4> ordered(std::array<cv::Point2f, 4> pts, bool bars_vertical) {
  auto to_frame = [&](cv::Point2f p) { return bars_vertical ? p : cv::Point2f(p.y, -p.x); };
  auto from_frame = [&](cv::Point2f p) { return bars_vertical ? p : cv::Point2f(-p.y, p.x); };
  for (auto& p : pts) p = to_frame(p);
  std::sort(pts.begin(), pts.end(), [](cv::Point2f a, cv::Point2f b) { return a.y < b.y; });
  if (pts[0].x > pts[1].x) std::swap(pts[0], pts[1]);
  if (pts[2].x > pts[3].x) std::swap(pts[2], pts[3]);
  std::array<cv::Point2f, 4> out{pts[0], pts[1], pts[3], pts[2]};  // TL, TR, BR, BL
  for (auto& p : out) p = from_frame(p);
  return out;
}

// A four-cornered outline of the blob when it has one (perspective), else its
// minimum-area rectangle.
std::array<cv::Point2f, 4> outline(const std::vector<cv::Point>& contour) {
  std::vector<cv::Point> hull;
  cv::convexHull(contour, hull);
  const double hull_area = cv::contourArea(hull);
  const double perimeter = cv::arcLength(hull, true);
  for (double eps : {0.02, 0.04, 0.06}) {
    std::vector<cv::Point> quad;
    cv::approxPolyDP(hull, quad, eps * perimeter, true);
    if (quad.size() == 4 && cv::isContourConvex(quad) && cv::contourArea(quad) > 0.9 * hull_area) {
      return {cv::Point2f(quad[0]), cv::Point2f(quad[1]), cv::Point2f(quad[2]), cv::Point2f(quad[3])};
    }
  }
  std::array<cv::Point2f, 4> box;
  cv::minAreaRect(contour).points(box.data());
  return box;
}

// Median, over a few scan lines across the bars of the full-resolution image,
// of the number of dark/light changes (with hysteresis, so flat noisy paper
// counts none). A PDF417 row crosses dozens of bars; an edge or a photo two.
double crossings(const cv::Mat& gray, const std::array<cv::Point2f, 4>& c, int min_contrast) {
  std::vector<double> counts;
  for (double t : {0.2, 0.35, 0.5, 0.65, 0.8}) {
    const cv::Point2f a = c[0] + (c[3] - c[0]) * t;
    const cv::Point2f b = c[1] + (c[2] - c[1]) * t;
    const int n = std::clamp(static_cast<int>(cv::norm(b - a)), 2, 4000);
    std::vector<int> v;
    v.reserve(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
      const cv::Point2f p = a + (b - a) * (static_cast<float>(i) / static_cast<float>(n - 1));
      const int x = std::clamp(static_cast<int>(p.x), 0, gray.cols - 1);
      const int y = std::clamp(static_cast<int>(p.y), 0, gray.rows - 1);
      v.push_back(gray.at<uchar>(y, x));
    }
    std::vector<int> sorted = v;
    std::sort(sorted.begin(), sorted.end());
    const int lo = sorted[sorted.size() / 10];
    const int hi = sorted[sorted.size() * 9 / 10];
    if (hi - lo < min_contrast) {
      counts.push_back(0);
      continue;
    }
    const double mid = (lo + hi) / 2.0;
    const double band = 0.15 * (hi - lo);
    int changes = 0;
    int state = 0;  // -1 dark, +1 light
    for (int x : v) {
      const int now = x > mid + band ? 1 : (x < mid - band ? -1 : state);
      if (state != 0 && now != state) ++changes;
      state = now;
    }
    counts.push_back(changes);
  }
  std::sort(counts.begin(), counts.end());
  return counts[counts.size() / 2];
}

struct Energy {
  cv::Mat across;  // gradient magnitude across the bars
  cv::Mat along;   // gradient magnitude along the bars
};

double distance(cv::Point2f a, cv::Point2f b) {
  return std::hypot(a.x - b.x, a.y - b.y);
}

void find_in(const cv::Mat& gray, const Energy& e, bool bars_vertical, double scale,
             const Pdf417LocatorOptions& options, std::vector<Pdf417Candidate>& out) {
  const cv::Size size = e.across.size();
  const int k = std::max(3, static_cast<int>(std::lround(std::max(size.width, size.height) / 110.0)));
  cv::Mat diff = e.across - e.along;
  cv::Mat smooth;
  cv::blur(diff, smooth, cv::Size(k, k));
  cv::Mat mask = smooth > options.min_texture;
  const cv::Size close_kernel = bars_vertical ? cv::Size(2 * k + 1, k) : cv::Size(k, 2 * k + 1);
  cv::morphologyEx(mask, mask, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, close_kernel));
  cv::morphologyEx(mask, mask, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(k, k)));
  std::vector<std::vector<cv::Point>> contours;
  cv::findContours(mask, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
  const double min_area = options.min_area_fraction * size.area();
  // A stain or a fold across a symbol cuts its texture in two: pieces side by
  // side along the rows are also tried as one region.
  std::vector<std::vector<cv::Point>> pieces;
  for (auto& c : contours) {
    if (cv::contourArea(c) >= min_area / 4) pieces.push_back(std::move(c));
  }
  std::sort(pieces.begin(), pieces.end(),
            [](const auto& a, const auto& b) { return cv::contourArea(a) > cv::contourArea(b); });
  if (pieces.size() > options.max_pieces) pieces.resize(options.max_pieces);
  std::vector<std::vector<cv::Point>> regions = pieces;
  for (size_t i = 0; i < pieces.size(); ++i) {
    for (size_t j = i + 1; j < pieces.size(); ++j) {
      const cv::Rect a = cv::boundingRect(pieces[i]), b = cv::boundingRect(pieces[j]);
      // In the frame where rows run along x: overlap across rows, gap along them.
      const int a0 = bars_vertical ? a.y : a.x, a1 = bars_vertical ? a.y + a.height : a.x + a.width;
      const int b0 = bars_vertical ? b.y : b.x, b1 = bars_vertical ? b.y + b.height : b.x + b.width;
      const int extent = std::min(a1 - a0, b1 - b0);
      const int overlap = std::min(a1, b1) - std::max(a0, b0);
      const int gap = bars_vertical ? std::max(a.x, b.x) - std::min(a.x + a.width, b.x + b.width)
                                    : std::max(a.y, b.y) - std::min(a.y + a.height, b.y + b.height);
      if (overlap < options.min_piece_overlap * extent || gap > std::max(a1 - a0, b1 - b0)) continue;
      std::vector<cv::Point> merged = pieces[i];
      merged.insert(merged.end(), pieces[j].begin(), pieces[j].end());
      std::vector<cv::Point> hull;
      cv::convexHull(merged, hull);
      regions.push_back(std::move(hull));
    }
  }
  for (const auto& contour : regions) {
    const double area = cv::contourArea(contour);
    if (area < min_area) continue;
    const cv::RotatedRect rect = cv::minAreaRect(contour);
    const double long_side = std::max(rect.size.width, rect.size.height);
    const double short_side = std::max(1.0f, std::min(rect.size.width, rect.size.height));
    const double aspect = long_side / short_side;
    if (aspect < options.min_aspect || aspect > options.max_aspect || short_side < options.min_short_side) continue;
    const cv::Rect bounds = cv::boundingRect(contour) & cv::Rect(cv::Point(0, 0), size);
    if (bounds.empty()) continue;
    cv::Mat region = cv::Mat::zeros(bounds.size(), CV_8U);
    cv::drawContours(region, std::vector<std::vector<cv::Point>>{contour}, 0, cv::Scalar(255), cv::FILLED, cv::LINE_8,
                     cv::noArray(), INT_MAX, -bounds.tl());
    const double across = cv::mean(e.across(bounds), region)[0];
    const double along = cv::mean(e.along(bounds), region)[0];
    const double ratio = across / std::max(1.0, along);
    if (ratio < options.min_bar_ratio) continue;
    Pdf417Candidate c;
    c.corners = ordered(outline(contour), bars_vertical);
    for (auto& p : c.corners) p *= 1.0 / scale;
    // A symbol is not much taller (along its bars) than wide: a thin stripe is an edge.
    const double across_extent = distance(c.corners[0], c.corners[1]) + distance(c.corners[3], c.corners[2]);
    const double along_extent = distance(c.corners[0], c.corners[3]) + distance(c.corners[1], c.corners[2]);
    if (across_extent < options.min_width_to_height * along_extent) continue;
    c.crossings = crossings(gray, c.corners, options.min_scan_contrast);
    if (c.crossings < options.min_crossings) continue;
    c.bar_ratio = ratio;
    // Many crossings and a clear bar texture over a large, well-filled area.
    c.score = std::min(c.crossings, 150.0) / 100 * std::min(ratio, 4.0) * std::sqrt(area / size.area()) *
              std::min(1.0, area / rect.size.area() + 0.2);
    out.push_back(c);
  }
}

}  // namespace

std::vector<Pdf417Candidate> locate_pdf417(const cv::Mat& gray, const Pdf417LocatorOptions& options) {
  CV_Assert(gray.type() == CV_8UC1);
  std::vector<Pdf417Candidate> out;
  if (gray.empty()) return out;
  // An integer reduction (OpenCV's fast box-averaging path): the copy's
  // longer side ends between work_side and twice that.
  const int side = std::max(gray.cols, gray.rows);
  const int factor = std::max(1, side / std::max(1, options.work_side));
  cv::Mat work = gray;
  if (factor > 1) cv::resize(gray, work, cv::Size(gray.cols / factor, gray.rows / factor), 0, 0, cv::INTER_AREA);
  const double scale = static_cast<double>(work.cols) / gray.cols;
  cv::Mat gx, gy;
  cv::Sobel(work, gx, CV_32F, 1, 0, 3);
  cv::Sobel(work, gy, CV_32F, 0, 1, 3);
  gx = cv::abs(gx);
  gy = cv::abs(gy);
  find_in(gray, Energy{gx, gy}, true, scale, options, out);
  find_in(gray, Energy{gy, gx}, false, scale, options, out);
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
  if (out.size() > static_cast<size_t>(options.max_candidates)) out.resize(static_cast<size_t>(options.max_candidates));
  return out;
}

}  // namespace kycx::extractors::barcode
