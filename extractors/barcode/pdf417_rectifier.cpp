#include "extractors/barcode/pdf417_rectifier.hpp"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

namespace kycx::extractors::barcode {

namespace {

double side_length(cv::Point2f a, cv::Point2f b) {
  return std::hypot(a.x - b.x, a.y - b.y);
}

}  // namespace

cv::Point2f map_point(const cv::Matx33d& h, cv::Point2f p) {
  const cv::Vec3d v = h * cv::Vec3d(p.x, p.y, 1.0);
  const double w = std::abs(v[2]) < 1e-12 ? 1e-12 : v[2];
  return {static_cast<float>(v[0] / w), static_cast<float>(v[1] / w)};
}

RectifiedRegion rectify_region(const cv::Mat& gray, const std::array<cv::Point2f, 4>& c,
                               const Pdf417RectifyOptions& options) {
  CV_Assert(gray.type() == CV_8UC1);
  const double width = std::max(1.0, (side_length(c[0], c[1]) + side_length(c[3], c[2])) / 2);
  const double height = std::max(1.0, (side_length(c[0], c[3]) + side_length(c[1], c[2])) / 2);
  // Enlarge to min_width, but keep both sides within max_width.
  const double cap = std::max(1.0, options.max_width / std::max(width, height));
  const double scale = std::clamp(options.min_width / width, 1.0, cap);
  const double mx = options.margin_across * width * scale;
  const double my = options.margin_along * height * scale;
  const auto out_w = static_cast<float>(width * scale);
  const auto out_h = static_cast<float>(height * scale);
  // The region's corners land inside the output, leaving a margin around them.
  const std::array<cv::Point2f, 4> dst{cv::Point2f(static_cast<float>(mx), static_cast<float>(my)),
                                       cv::Point2f(static_cast<float>(mx) + out_w, static_cast<float>(my)),
                                       cv::Point2f(static_cast<float>(mx) + out_w, static_cast<float>(my) + out_h),
                                       cv::Point2f(static_cast<float>(mx), static_cast<float>(my) + out_h)};
  const cv::Mat forward = cv::getPerspectiveTransform(c.data(), dst.data());
  const cv::Size size(static_cast<int>(std::lround(out_w + 2 * mx)), static_cast<int>(std::lround(out_h + 2 * my)));
  RectifiedRegion r;
  cv::warpPerspective(gray, r.image, forward, size, cv::INTER_CUBIC, cv::BORDER_REPLICATE);
  r.to_source = cv::Matx33d(forward).inv();
  return r;
}

}  // namespace kycx::extractors::barcode
