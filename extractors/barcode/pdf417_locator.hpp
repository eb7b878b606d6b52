// Finds regions of a grey image that look like a PDF417 symbol (dense,
// strongly one-directional bar texture) so they can be rectified and decoded
// on their own: phone photos and low-resolution scans defeat a whole-image
// decode. Cheap: runs on a downscaled copy. Thread-safe: no state.
#pragma once

#include <array>
#include <vector>

#include <opencv2/core.hpp>

namespace kycx::extractors::barcode {

struct Pdf417LocatorOptions {
  int work_side = 960;               // px, the copy searched is reduced by an integer factor to at least this
  int max_candidates = 3;            // regions returned, best first
  double min_area_fraction = 0.004;  // of the image, smallest region considered
  double min_bar_ratio = 1.6;        // across-bar / along-bar gradient energy a region needs
  double min_aspect = 1.4;           // long side / short side of a region
  double max_aspect = 12.0;
  double min_crossings = 40;  // bar edges a scan line across the region must cross (median)

  // Lower bounds find worn and low-contrast symbols, and more false regions
  // (text blocks, guilloche), each of which costs the slow decoding retries.
  float min_texture = 40;            // Sobel units: across-bar minus along-bar energy, smoothed
  int min_scan_contrast = 40;        // grey levels between a scan line's 10th and 90th percentiles
  double min_short_side = 8;         // px on the working copy
  double min_width_to_height = 0.5;  // extent across the bars over extent along them (a thin stripe is an edge)
  // Pieces of one symbol split by a stain or fold are joined when they overlap
  // this much across the rows; more pieces cost a region each.
  double min_piece_overlap = 0.6;
  size_t max_pieces = 8;
};

struct Pdf417Candidate {
  // Corners in the image's pixels, ordered so that TL->TR runs across the
  // bars (along a row of the symbol) and TL->BL along them.
  std::array<cv::Point2f, 4> corners;
  double score = 0;      // higher is more barcode-like
  double bar_ratio = 0;  // across-bar / along-bar gradient energy
  double crossings = 0;  // median number of bar edges on scan lines across the region
};

// REQUIRES: gray.type() == CV_8UC1.
std::vector<Pdf417Candidate> locate_pdf417(const cv::Mat& gray, const Pdf417LocatorOptions& options = {});

}  // namespace kycx::extractors::barcode
