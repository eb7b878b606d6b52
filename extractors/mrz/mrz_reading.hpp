// One reading of a machine readable zone on one page: the parsed (and
// check-digit repaired) lines, where each character sits on the ORIGINAL page,
// how sure the reader was of each, and which reader produced it.
// Value type; share read-only between threads.
#pragma once

#include <string_view>
#include <vector>

#include "core/geometry.hpp"
#include "extractors/mrz/mrz_parser.hpp"

namespace kycx::extractors::mrz {

enum class MrzReadingSource {
  kGlyphs,     // OCR-B template matching on the located band
  kTextLayer,  // a PDF's text layer
  kPageOcr,    // the page's OCR words
};

std::string_view to_string(MrzReadingSource source);

struct MrzReading {
  int page_index = 0;  // 0-based
  MrzReadingSource source = MrzReadingSource::kGlyphs;
  MrzParse parse;
  std::vector<std::vector<BBox>> boxes;        // per line, per position: normalised box on the original page
  std::vector<std::vector<float>> confidence;  // per line, per position, in [0, 1]

  // Check digits that pass and whose reading is not in doubt (not uncertain).
  int sure_checks() const;
  // Characters changed by repair.
  int repairs() const;
  // Mean per-character confidence.
  double mean_confidence() const;
  // The box of characters [start, start + length) of line `line`.
  BBox box_of(const MrzSpan& span) const;
  // Lowest confidence over a span.
  double confidence_of(const MrzSpan& span) const;
};

// Whether a reading is an MRZ at all rather than other text forced into the
// format: a document code the format allows (TD3 'P'; TD1, TD2 'A', 'C' or
// 'I') and at least `min_clean_checks` check digits verifying as read,
// without repair (repair can make almost any text pass one or two).
bool plausible_mrz(const MrzReading& reading, int min_clean_checks = 2);

// Whether `a` is a better reading than `b`: more sure check digits, then
// fewer repairs, then higher mean confidence.
bool better_reading(const MrzReading& a, const MrzReading& b);

// Per-character boxes for a line of `length` characters set evenly across
// `line_box` (MRZ text is monospaced), left to right as read on the page
// turned upright by `rotation` degrees clockwise.
std::vector<BBox> spread_boxes(const BBox& line_box, int length, int rotation = 0);

}  // namespace kycx::extractors::mrz
