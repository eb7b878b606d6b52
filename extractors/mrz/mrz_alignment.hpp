// From raw OCR lines to MRZ lines of the exact length their format requires:
// cleaning (case, spaces, noise), choosing which lines form the MRZ, and
// realigning a line whose fillers were dropped or doubled by the OCR.
// Pure functions; thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/mrz_format.hpp"

namespace kycx::extractors::mrz {

// Removes white space and characters outside A-Z, 0-9 and '<', after mapping
// look-alikes of the filler ('«', '‹', and lower-case letters OCR engines
// make of chevrons, such as 's' and 'k') to '<' and other lower case to upper.
std::string clean_mrz_text(std::string_view raw);

struct MrzAlignOptions {
  int max_edits = 2;         // insertions or deletions anywhere in the line
  int max_filler_shift = 8;  // fillers added to or removed from filler runs and line ends
};

// The best realisation of `cleaned` as line `line_index` of `format`, and its
// fit score (higher is better; a full, check-digit-consistent line scores
// about 1.0 per character plus 4 per passing check digit). nullopt when the
// length cannot be reconciled within the options.
struct AlignedLine {
  std::string text;
  double score = 0;
  int edits = 0;  // characters inserted or removed
};
std::optional<AlignedLine> align_mrz_line(std::string_view cleaned, MrzFormat format, int line_index,
                                          const MrzAlignOptions& options = {});

// The consecutive raw lines that best form an MRZ of any format, aligned.
struct MrzLineSelection {
  MrzFormat format = MrzFormat::kTd3;
  int first_line = 0;              // index of the first chosen raw line
  std::vector<std::string> lines;  // aligned to the format's exact length
  double score = 0;                // mean per-character fit
  int edits = 0;                   // total characters inserted or removed
};
std::optional<MrzLineSelection> select_mrz_lines(std::span<const std::string> raw_lines,
                                                 const MrzAlignOptions& options = {});

}  // namespace kycx::extractors::mrz
