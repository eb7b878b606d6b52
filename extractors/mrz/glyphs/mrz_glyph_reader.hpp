// Reads a rectified MRZ band glyph by glyph: finds its text lines, fits each
// line's baseline and fixed character pitch (OCR-B is monospaced), and scores
// every character cell against the OCR-B glyphs. Pure; thread-safe.
#pragma once

#include <vector>

#include <opencv2/core.hpp>

#include "extractors/mrz/glyphs/mrz_glyph_classifier.hpp"

namespace kycx::extractors::mrz {

struct MrzGlyphCell {
  cv::Rect2d box;      // band pixels: one advance wide, cap height tall
  GlyphScores scores;  // per glyph of kMrzAlphabet
};

struct MrzGlyphLine {
  std::vector<MrzGlyphCell> cells;  // left to right, a couple of cells past the ink on each side
  double pitch = 0;                 // band pixels per character
};

struct MrzGlyphReaderOptions {
  int min_glyphs = 10;  // blobs a text line needs to count
  int extra_cells = 2;  // cells scored beyond the first and last blob, for the decoder to choose from
};

// Text lines top to bottom.
// REQUIRES: band.type() == CV_8UC1, text horizontal, characters about 20-60 px high.
std::vector<MrzGlyphLine> read_mrz_glyphs(const cv::Mat& band, const MrzGlyphReaderOptions& options = {});

}  // namespace kycx::extractors::mrz
