// One page as the extractors see it: its words, and (for short documents) the
// upright grey image the words were read from. Value type; share read-only.
#pragma once

#include <optional>

#include <opencv2/core.hpp>

#include "ocr/page_text.hpp"
#include "ocr/page_transform.hpp"

namespace kycx::ocr {

struct Page {
  PageText text;
  cv::Mat image;                                 // upright grey; empty when not kept
  std::optional<PageTransform> image_transform;  // image pixels -> original page; set with `image`
};

}  // namespace kycx::ocr
