// Finds the MRZ band in a page image: the classic morphology (black-hat,
// horizontal closing) turns each text line into a bar; two or three long,
// parallel, equally long bars stacked closely are an MRZ. Works at several
// scales (the card may fill a photo or be a corner of a scanned page), on
// tilted and perspective-distorted cards, and on pages turned by 90 degrees.
// Pure functions; thread-safe.
#pragma once

#include <array>
#include <vector>

#include <opencv2/core.hpp>

namespace kycx::extractors::mrz {

struct MrzBandCandidate {
  // Corners in image pixels, in reading order if the text is upright:
  // top-left, top-right, bottom-right, bottom-left (the text may be upside
  // down: the reader tries both). Includes a margin around the text.
  std::array<cv::Point2d, 4> corners;
  double char_height = 0;  // px, estimated height of a character in the image
  int lines = 0;           // parallel text lines found (2 or 3)
  double score = 0;        // higher is likelier an MRZ
};

struct MrzLocatorOptions {
  std::vector<int> working_sizes = {1400, 900, 550};  // px, longer side of the copies searched
  bool vertical = true;                               // also search for vertical bands (page turned by 90 degrees)
  int max_candidates = 3;                             // bands returned, best first
  double margin_x = 1.2;                              // character heights of margin left and right
  double margin_y = 0.8;                              // character heights of margin above and below
};

// REQUIRES: gray.type() == CV_8UC1.
std::vector<MrzBandCandidate> locate_mrz_bands(const cv::Mat& gray, const MrzLocatorOptions& options = {});

}  // namespace kycx::extractors::mrz
