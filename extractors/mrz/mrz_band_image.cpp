#include "extractors/mrz/mrz_band_image.hpp"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

namespace kycx::extractors::mrz {

namespace {

cv::Point2d apply(const cv::Matx33d& h, cv::Point2d p) {
  const cv::Vec3d v = h * cv::Vec3d(p.x, p.y, 1.0);
  return {v[0] / v[2], v[1] / v[2]};
}

}  // namespace

BBox MrzBandImage::to_page(const cv::Rect2d& rect, const ocr::PageTransform& source) const {
  const cv::Point2d corners[] = {rect.tl(), {rect.x + rect.width, rect.y}, rect.br(), {rect.x, rect.y + rect.height}};
  double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
  for (const auto& c : corners) {
    const cv::Point2d o = source.point_to_original(apply(to_source, c));
    x0 = std::min(x0, o.x);
    y0 = std::min(y0, o.y);
    x1 = std::max(x1, o.x);
    y1 = std::max(y1, o.y);
  }
  const double w = std::max(1, source.original_width()), h = std::max(1, source.original_height());
  return clamped_unit({x0 / w, y0 / h, x1 / w, y1 / h});
}

MrzBandImage rectify_band(const cv::Mat& gray, const MrzBandCandidate& band, const MrzRectifyOptions& options) {
  const auto& c = band.corners;
  const double scale = options.line_height / std::max(1.0, band.char_height);
  const double width = std::max(cv::norm(c[1] - c[0]), cv::norm(c[2] - c[3])) * scale;
  const double height = std::max(cv::norm(c[3] - c[0]), cv::norm(c[2] - c[1])) * scale;
  const int w = std::max(8, static_cast<int>(std::lround(width)));
  const int h = std::max(8, static_cast<int>(std::lround(height)));

  // Shrinking a lot in one projective warp aliases: shrink the region first.
  cv::Rect roi = cv::boundingRect(std::vector<cv::Point2f>(c.begin(), c.end())) & cv::Rect(0, 0, gray.cols, gray.rows);
  if (roi.empty()) roi = cv::Rect(0, 0, gray.cols, gray.rows);
  cv::Mat source = gray(roi);
  double pre = 1.0;
  if (scale < 0.6) {
    pre = std::min(1.0, scale * 1.5);
    cv::resize(source, source, cv::Size(), pre, pre, cv::INTER_AREA);
  }
  std::vector<cv::Point2f> from;
  from.reserve(c.size());
  for (const auto& p : c) from.emplace_back(float((p.x - roi.x) * pre), float((p.y - roi.y) * pre));
  std::vector<cv::Point2f> to = {{0, 0}, {float(w), 0}, {float(w), float(h)}, {0, float(h)}};
  if (options.upside_down) std::rotate(to.begin(), to.begin() + 2, to.end());

  const cv::Mat m = cv::getPerspectiveTransform(from, to);
  MrzBandImage out;
  cv::warpPerspective(source, out.image, m, {w, h}, cv::INTER_LINEAR, cv::BORDER_REPLICATE);
  // band -> resized roi -> roi -> image
  const cv::Matx33d undo_pre(1 / pre, 0, roi.x, 0, 1 / pre, roi.y, 0, 0, 1);
  out.to_source = undo_pre * cv::Matx33d(m).inv();
  return out;
}

}  // namespace kycx::extractors::mrz
