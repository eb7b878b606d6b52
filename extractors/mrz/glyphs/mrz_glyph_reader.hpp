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

  // Which blobs are glyphs, in text heights (the median blob's, then the
  // upper quartile's). Wider bounds keep broken and touching glyphs, and noise.
  double min_blob_height = 0.35;  // of the median blob, before the text height is known
  double max_blob_height = 2.2;
  double max_blob_width = 3;
  double min_glyph_height = 0.3;  // of the text height
  double max_glyph_height = 1.8;
  double line_tolerance = 0.45;  // text heights a glyph's centre may stray from its line's

  // The character grid. Looser bounds follow stronger perspective, and also
  // let a line with missing glyphs fit a wrong pitch.
  double min_gap = 0.7;  // of the estimated pitch: neighbour gaps that measure it
  double max_gap = 1.35;
  double max_single_width = 1.2;  // of the pitch: wider blobs are touching glyphs, left out of the fit
  double min_fitted_pitch = 0.6;  // of the measured pitch: a perspective fit outside is refused
  double max_fitted_pitch = 1.5;
};

// Text lines top to bottom.
// REQUIRES: band.type() == CV_8UC1, text horizontal, characters about 20-60 px high.
std::vector<MrzGlyphLine> read_mrz_glyphs(const cv::Mat& band, const MrzGlyphReaderOptions& options = {});

}  // namespace kycx::extractors::mrz
