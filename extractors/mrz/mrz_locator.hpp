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

  // What counts as ink, and as a text line. Lower ink shares find fainter
  // print but also take guilloche and photo edges for text.
  double ink_share = 0.35;      // of the black-hat response's 99.5th percentile
  double min_ink_level = 8;     // grey levels, whatever the share gives
  int min_bar_side = 30;        // px at the working size; shorter blobs are not lines
  double min_bar_height = 2.5;  // px at the working size
  double min_bar_aspect = 6;    // length / height of a text line's bar

  // What makes bars an MRZ. Looser bounds find bands on worse photos and more
  // false bands on pages of ordinary text (each costs a glyph reading).
  double max_angle_difference = 4;  // degrees between parallel lines
  double min_line_aspect = 15;      // length / height of an MRZ line (30+ characters)
  double min_length_ratio = 0.75;   // the next line's length over the first's
  double max_length_ratio = 1.33;
  double max_height_ratio = 2;    // thicker / thinner of two lines
  double min_line_spacing = 1.1;  // line heights between the centres of two lines
  double max_line_spacing = 4.5;
  double max_line_offset = 0.15;   // of a line's length: how far the next line may be shifted along it
  double min_third_spacing = 0.7;  // a third line's spacing over the first two's
  double max_third_spacing = 1.4;
};

// REQUIRES: gray.type() == CV_8UC1.
std::vector<MrzBandCandidate> locate_mrz_bands(const cv::Mat& gray, const MrzLocatorOptions& options = {});

}  // namespace kycx::extractors::mrz
