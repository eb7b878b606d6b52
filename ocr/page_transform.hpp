// Maps pixel boxes of a processed (rotated, deskewed, rescaled) page image back
// to the original page, normalised. Value type; thread-safe to share.
#pragma once

#include <opencv2/core.hpp>

#include "core/geometry.hpp"

namespace kycx::ocr {

class PageTransform {
 public:
  // Identity for an image of the given original size.
  PageTransform(int original_width, int original_height);

  // Coordinates are continuous pixel edges: pixel (i, j) spans [i, i+1) x [j, j+1).
  // Appends a step: `forward` maps current processed coordinates to the new
  // ones (a 2x3 affine, as cv::warpAffine takes).
  void then(const cv::Matx23d& forward);
  // Convenience steps, each also updating the processed image size.
  void then_rotate90(int quarter_turns_clockwise);
  // Rotation about the image centre onto a canvas of `new_size`; returns the
  // step's matrix so the caller can warp the image with exactly it.
  cv::Matx23d then_rotate(double degrees_counterclockwise, cv::Size new_size);
  void then_scale(double factor);
  // Keeps only `area` (in current processed pixels) of the image.
  void then_crop(const cv::Rect& area);

  // Size of the processed image after all steps.
  cv::Size processed_size() const { return processed_size_; }
  int original_width() const { return original_width_; }
  int original_height() const { return original_height_; }
  // The forward matrix original -> processed.
  const cv::Matx33d& forward() const { return forward_; }

  // A pixel rectangle in the processed image, as a normalised box of the
  // original page (hull of its four mapped corners, clamped to the page).
  BBox to_original(double x0, double y0, double x1, double y1) const;
  // A point in processed pixels to original pixels.
  cv::Point2d point_to_original(cv::Point2d p) const;

 private:
  int original_width_;
  int original_height_;
  cv::Size processed_size_;
  cv::Matx33d forward_ = cv::Matx33d::eye();
};

}  // namespace kycx::ocr
