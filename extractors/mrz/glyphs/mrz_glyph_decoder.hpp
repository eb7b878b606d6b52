// Turns scored glyph lines into MRZ text: picks the format and the lines and
// cells that form it, then in every position the best character its class
// allows (a digit where ICAO 9303 wants a digit), keeping close runners-up as
// repair alternatives. Pure; thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "core/mrz_format.hpp"
#include "extractors/mrz/glyphs/mrz_glyph_reader.hpp"
#include "extractors/mrz/mrz_repair.hpp"

namespace kycx::extractors::mrz {

struct MrzGlyphText {
  MrzFormat format = MrzFormat::kTd3;
  std::vector<std::string> lines;              // exact format lengths
  MrzCandidates candidates;                    // runners-up per line, per position
  std::vector<std::vector<float>> confidence;  // per line, per position, in [0, 1]
  std::vector<std::vector<cv::Rect2d>> boxes;  // per line, per position, band pixels
  double mean_score = 0;                       // mean best correlation of the chosen cells
};

struct MrzGlyphDecodeOptions {
  float alternative_margin = 0.06f;  // correlation below the best still kept as an alternative
  float lookalike_margin = 0.2f;     // the same for a letter/digit look-alike of the best
  int max_alternatives = 3;          // per position
  float context_bias = 0.05f;        // correlation added to digits between digits, letters between letters
  float close_margin = 0.03f;        // raw correlation below the chosen glyph that makes a reading "close"
  float min_mean_score = 0.45f;      // below this the band is not read as an MRZ
};

std::optional<MrzGlyphText> decode_mrz_glyphs(std::span<const MrzGlyphLine> lines,
                                              const MrzGlyphDecodeOptions& options = {});

}  // namespace kycx::extractors::mrz
