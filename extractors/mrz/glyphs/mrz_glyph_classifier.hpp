// Scores one character cell of a rectified MRZ line against the OCR-B glyphs
// by normalised cross-correlation, over small shifts and two blur levels
// (sharp scans and soft photos). General-purpose OCR models read the MRZ
// filler '<' poorly; OCR-B is prescribed by ICAO 9303, so matching it is both
// faster and more accurate. Immutable after construction: share between threads.
#pragma once

#include <array>
#include <vector>

#include <opencv2/core.hpp>

#include "extractors/mrz/glyphs/mrz_ocrb_glyphs.hpp"

namespace kycx::extractors::mrz {

// Correlation of a cell with each glyph of kMrzAlphabet, in [-1, 1]; all 0
// for a blank cell.
using GlyphScores = std::array<float, kMrzAlphabet.size()>;

class MrzGlyphClassifier {
 public:
  // Misalignment tolerated each way, px. Little vertically: OCR-B digits are
  // taller than capitals (0 vs O, 8 vs B), and a free vertical shift would
  // hide that difference.
  static constexpr int kShiftX = 2;
  static constexpr int kShiftY = 1;
  static constexpr int kWindowWidth = kOcrbCellWidth + 2 * kShiftX;
  static constexpr int kWindowHeight = kOcrbCellHeight + 2 * kShiftY;

  // The process-wide classifier (templates are built on first use).
  static const MrzGlyphClassifier& instance();

  // REQUIRES: window is CV_8UC1 or CV_32FC1 of kWindowWidth x kWindowHeight,
  // the cell scaled so one advance is kOcrbCellWidth px, its baseline at row
  // kOcrbBaseline + kShiftY and its centre at column kWindowWidth / 2.
  GlyphScores score(const cv::Mat& window) const;

 private:
  MrzGlyphClassifier();

  static constexpr int kPixels = kOcrbCellWidth * kOcrbCellHeight;
  std::vector<float> templates_;  // glyph-major, zero-mean and unit-norm, one bank per blur level
  int banks_ = 0;
};

}  // namespace kycx::extractors::mrz
