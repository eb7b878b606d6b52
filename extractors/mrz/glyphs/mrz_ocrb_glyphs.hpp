// The 37 characters of the MRZ in OCR-B (ISO 1073-2, the font ICAO 9303
// prescribes), as grey cells one character advance wide, baseline aligned:
// the reference the glyph classifier matches against. Constant data; thread-safe.
#pragma once

#include <string_view>

namespace kycx::extractors::mrz {

inline constexpr std::string_view kMrzAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";
inline constexpr int kOcrbCellWidth = 26;   // px, one character advance
inline constexpr int kOcrbCellHeight = 31;  // px, 0.80 em above to 0.05 em below the baseline
inline constexpr int kOcrbBaseline = 29;    // row of the baseline in the cell

// Grey level (0 ink .. 255 paper) of pixel (x, y) of glyph `glyph`
// (an index into kMrzAlphabet).
// REQUIRES: 0 <= glyph < 37, 0 <= x < kOcrbCellWidth, 0 <= y < kOcrbCellHeight.
int ocrb_glyph_pixel(int glyph, int x, int y);

}  // namespace kycx::extractors::mrz
