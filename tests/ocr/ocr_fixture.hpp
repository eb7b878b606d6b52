// A rendered text page with known word boxes: a PDF in Helvetica is built,
// its text layer gives the true boxes, and poppler renders the pixels.
#pragma once

#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "ocr/page_text.hpp"

namespace kycx::testing {

struct KnownPage {
  cv::Mat image;        // grey, 300 DPI render of a US-letter page
  ocr::PageText truth;  // the text layer's words, normalised boxes
};

KnownPage render_known_page();

// Turns a grey image clockwise by 0/90/180/270 and returns the truth boxes
// in the turned image's normalised coordinates.
cv::Mat turn_clockwise(const cv::Mat& image, int degrees);
BBox turn_box_clockwise(const BBox& b, int degrees);

}  // namespace kycx::testing
