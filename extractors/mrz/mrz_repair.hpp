// Repairs typical OCR confusions in aligned MRZ lines: positions the
// specification makes numeric or alphabetic take the look-alike of the other
// kind, and alphanumeric fields whose check digit fails try confusion
// alternatives, kept only when exactly one candidate satisfies the check
// digits (the composite, where readable, must confirm). Ambiguity is reported,
// never guessed. Pure functions; thread-safe.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "core/mrz_format.hpp"

namespace kycx::extractors::mrz {

struct MrzCheckOutcome {
  MrzCheckKind kind = MrzCheckKind::kComposite;
  bool passed = false;
  bool repaired = false;   // passes only because characters it covers were changed
  bool ambiguous = false;  // several repairs would satisfy it; none was applied
  bool uncertain = false;  // passes, but so would another reading of glyphs the recogniser found close
  std::string message;     // empty on a clean pass; otherwise what happened, without MRZ text
};

struct MrzRepairOptions {
  int max_substitutions = 2;        // characters changed per field by a check-digit search
  int max_candidates = 24;          // more satisfying candidates than this: ambiguous
  int max_combinations = 4096;      // joint candidates tried against the composite check digit
  int max_total_substitutions = 3;  // more changes than this in one MRZ: a bad reading, repair nothing
};

// Per line, per position: other characters ("" where none).
using MrzAlternatives = std::vector<std::vector<std::string>>;

// What a recogniser that scores every glyph knows beyond its choice.
struct MrzCandidates {
  // Plausible other readings per position: when given, a check-digit search
  // tries exactly these instead of the generic confusion tables.
  MrzAlternatives repair;
  // Readings almost exactly as likely as the chosen one: a check digit that
  // would pass with one of them as well proves nothing (it is "uncertain").
  MrzAlternatives close;
};

struct MrzRepair {
  std::vector<std::string> lines;       // repaired, same lengths as the input
  std::vector<MrzCheckOutcome> checks;  // one per check digit of the format, in layout order
};

// REQUIRES: `aligned` (and `candidates`, when not null) has the format's
// line count and line length.
MrzRepair repair_mrz(MrzFormat format, std::vector<std::string> aligned, const MrzRepairOptions& options = {},
                     const MrzCandidates* candidates = nullptr);

// Evaluates the check digits of `lines` without changing anything.
// REQUIRES: `lines` has the format's line count and line length.
std::vector<MrzCheckOutcome> evaluate_mrz_checks(MrzFormat format, std::span<const std::string> lines);

}  // namespace kycx::extractors::mrz
