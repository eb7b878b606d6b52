// The labels printed on US and Canadian licence fronts ("DOB", "4b EXP", the
// AAMVA card design's field numbers) and the cutting of an OCR line at them,
// tolerant of the ways OCR misreads small label print. Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kycx::extractors::licence {

enum class FrontLabel {
  kNone,           // not a label: a value word
  kNoise,          // a label OCR garbled ("in" for "LN", "pos" for "DOB"): which one is unknown
  kNumber,         // licence number: DL, LIC, NUMBER/NUMERO, 4d
  kSurname,        // LN, 1
  kGiven,          // FN, 2
  kAddress,        // ADDR, 8
  kBirth,          // DOB, 3
  kIssue,          // ISS, 4a
  kExpiry,         // EXP, 4b
  kSex,            // SEX, 15
  kDiscriminator,  // DD, 5 (its value looks like a licence number)
  kOther,          // class, height, eyes, restrictions, ...
};

// The label a word is by itself (exact, or one OCR slip away for lower-case
// readings of labels of three letters or more); kNone otherwise.
FrontLabel front_label(std::string_view token);

struct FrontSegment {
  FrontLabel label = FrontLabel::kNone;
  std::vector<int> words;  // indices of the value's words after the label
};

// A line's words cut at its labels; the first segment (label kNone) holds the
// words before any label. A bare field number counts as a label at the start
// of a line or right before a word label ("15 SEX F 16 HGT 5'-04\""); words
// that are also values ("LN" for lane, "NO") only at the start of a line or
// right after another label ("4d DL").
std::vector<FrontSegment> segment_front_line(const std::vector<std::string>& words);

}  // namespace kycx::extractors::licence
