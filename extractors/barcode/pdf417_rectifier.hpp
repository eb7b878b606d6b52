// Cuts a located PDF417 region out of an image as an upright rectangle:
// perspective removed, a quiet zone added, and enlarged so that the narrowest
// bar is several pixels wide. Thread-safe: no state.
#pragma once

#include <array>

#include <opencv2/core.hpp>

namespace kycx::extractors::barcode {

struct Pdf417RectifyOptions {
  double margin_across = 0.06;  // of the region's width, added on each side across the bars
  double margin_along = 0.12;   // of the region's height, added above and below
  int min_width = 1100;         // px, the crop is enlarged to at least this width (about 4 px per module)
  int max_width = 2400;         // px, and never beyond this
};

struct RectifiedRegion {
  cv::Mat image;          // grey, rows of the symbol horizontal
  cv::Matx33d to_source;  // homography: crop pixels -> source image pixels
};

// REQUIRES: gray.type() == CV_8UC1; corners ordered TL, TR, BR, BL with
// TL->TR across the bars (as Pdf417Candidate gives them).
RectifiedRegion rectify_region(const cv::Mat& gray, const std::array<cv::Point2f, 4>& corners,
                               const Pdf417RectifyOptions& options = {});

// Maps a point through a homography.
cv::Point2f map_point(const cv::Matx33d& h, cv::Point2f p);

}  // namespace kycx::extractors::barcode
