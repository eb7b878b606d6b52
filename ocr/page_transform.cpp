#include "ocr/page_transform.hpp"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

namespace kycx::ocr {

namespace {
cv::Matx33d lift(const cv::Matx23d& m) {
  return {m(0, 0), m(0, 1), m(0, 2), m(1, 0), m(1, 1), m(1, 2), 0, 0, 1};
}
}  // namespace

PageTransform::PageTransform(int original_width, int original_height)
    : original_width_(original_width),
      original_height_(original_height),
      processed_size_(original_width, original_height) {}

void PageTransform::then(const cv::Matx23d& forward) {
  forward_ = lift(forward) * forward_;
}

void PageTransform::then_rotate90(int quarter_turns_clockwise) {
  const int q = ((quarter_turns_clockwise % 4) + 4) % 4;
  const double w = processed_size_.width;
  const double h = processed_size_.height;
  switch (q) {
    case 0: return;
    case 1:  // (x, y) -> (h - y, x)
      then(cv::Matx23d(0, -1, h, 1, 0, 0));
      processed_size_ = {processed_size_.height, processed_size_.width};
      return;
    case 2:  // (x, y) -> (w - x, h - y)
      then(cv::Matx23d(-1, 0, w, 0, -1, h));
      return;
    case 3:  // (x, y) -> (y, w - x)
      then(cv::Matx23d(0, 1, 0, -1, 0, w));
      processed_size_ = {processed_size_.height, processed_size_.width};
      return;
  }
}

cv::Matx23d PageTransform::then_rotate(double degrees_counterclockwise, cv::Size new_size) {
  const cv::Point2d center(processed_size_.width / 2.0, processed_size_.height / 2.0);
  cv::Mat m = cv::getRotationMatrix2D(center, degrees_counterclockwise, 1.0);
  m.at<double>(0, 2) += (new_size.width - processed_size_.width) / 2.0;
  m.at<double>(1, 2) += (new_size.height - processed_size_.height) / 2.0;
  const cv::Matx23d step(m);
  then(step);
  processed_size_ = new_size;
  return step;
}

void PageTransform::then_scale(double factor) {
  then(cv::Matx23d(factor, 0, 0, 0, factor, 0));
  processed_size_ = {static_cast<int>(std::lround(processed_size_.width * factor)),
                     static_cast<int>(std::lround(processed_size_.height * factor))};
}

void PageTransform::then_crop(const cv::Rect& area) {
  then(cv::Matx23d(1, 0, -area.x, 0, 1, -area.y));
  processed_size_ = area.size();
}

cv::Point2d PageTransform::point_to_original(cv::Point2d p) const {
  const cv::Matx33d inv = forward_.inv();
  const cv::Vec3d v = inv * cv::Vec3d(p.x, p.y, 1.0);
  return {v[0] / v[2], v[1] / v[2]};
}

BBox PageTransform::to_original(double x0, double y0, double x1, double y1) const {
  const cv::Point2d corners[] = {{x0, y0}, {x1, y0}, {x0, y1}, {x1, y1}};
  double min_x = 1e300, min_y = 1e300, max_x = -1e300, max_y = -1e300;
  for (const auto& c : corners) {
    const cv::Point2d o = point_to_original(c);
    min_x = std::min(min_x, o.x);
    min_y = std::min(min_y, o.y);
    max_x = std::max(max_x, o.x);
    max_y = std::max(max_y, o.y);
  }
  const double w = std::max(1, original_width_);
  const double h = std::max(1, original_height_);
  return clamped_unit({min_x / w, min_y / h, max_x / w, max_y / h});
}

}  // namespace kycx::ocr
