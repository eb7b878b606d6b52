// A located MRZ band cut out of a page image: perspective and tilt removed,
// scaled to a working character size, with the homography back to the
// image so every box read in the band maps to the original page.
// Value type; thread-safe to share.
#pragma once

#include <opencv2/core.hpp>

#include "core/geometry.hpp"
#include "extractors/mrz/mrz_locator.hpp"
#include "ocr/page_transform.hpp"

namespace kycx::extractors::mrz {

struct MrzBandImage {
  cv::Mat image;          // grey, text horizontal
  cv::Matx33d to_source;  // band pixels -> source image pixels (projective)

  // A rectangle of band pixels as a normalised box of the original page
  // (hull of its mapped corners), through the source image's transform.
  BBox to_page(const cv::Rect2d& rect, const ocr::PageTransform& source) const;
};

struct MrzRectifyOptions {
  double line_height = 32;   // px, height the located text lines are scaled to
  bool upside_down = false;  // read the band turned by 180 degrees
};

// REQUIRES: gray.type() == CV_8UC1.
MrzBandImage rectify_band(const cv::Mat& gray, const MrzBandCandidate& band, const MrzRectifyOptions& options = {});

}  // namespace kycx::extractors::mrz
