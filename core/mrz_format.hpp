// The ICAO 9303 machine readable zone as a format: where each element sits
// (TD1 3 x 30, TD2 2 x 36, TD3 2 x 44), which characters it may hold, and
// which check digit covers which characters. The one copy of these facts: the
// MRZ reader parses with it and the validators check with it. Constant
// tables; thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kycx {

enum class MrzFormat { kTd1, kTd2, kTd3 };

// "TD1", "TD2", "TD3".
std::string_view to_string(MrzFormat format);

// What a position may hold by the specification. '<' (filler) is allowed in
// alphabetic and alphanumeric positions, never in digit positions.
enum class MrzCharClass {
  kAlpha,          // A-Z or '<' (codes, names)
  kDigit,          // 0-9 (dates, check digits)
  kDigitOrFiller,  // 0-9 or '<' (a check digit that may be absent)
  kAlnum,          // A-Z, 0-9 or '<' (document number, optional data)
  kSex,            // 'M', 'F', '<' (unspecified) or 'X'
};

// Characters [start, start + length) of line `line` (both 0-based).
struct MrzSpan {
  int line = 0;
  int start = 0;
  int length = 0;
};

// The data elements, named as in ICAO 9303; not every format has every one.
enum class MrzElement {
  kDocumentCode,
  kIssuingCountry,
  kName,
  kDocumentNumber,
  kDocumentNumberCheck,
  kNationality,
  kDateOfBirth,
  kDateOfBirthCheck,
  kSex,
  kDateOfExpiry,
  kDateOfExpiryCheck,
  kOptionalData,       // TD3 personal number; TD2 optional data; TD1 line-1 optional data
  kOptionalDataCheck,  // TD3 only
  kOptionalData2,      // TD1 line-2 optional data
  kCompositeCheck,
};

struct MrzElementDef {
  MrzElement element;
  MrzSpan span;
  MrzCharClass char_class;
};

// The check digits a format carries.
enum class MrzCheckKind { kDocumentNumber, kDateOfBirth, kDateOfExpiry, kOptionalData, kComposite };

struct MrzCheckDef {
  MrzCheckKind kind;
  std::span<const MrzSpan> covered;  // characters the digit is computed over, in order
  MrzSpan digit;                     // position of the check digit (length 1)
  bool filler_when_empty = false;    // '<' allowed as the digit when `covered` is all fillers
};

struct MrzLayout {
  MrzFormat format;
  int line_count;
  int line_length;
  std::span<const MrzElementDef> elements;
  std::span<const MrzCheckDef> checks;

  std::optional<MrzElementDef> find(MrzElement element) const;
  // Class of every position of line `line`.
  MrzCharClass class_at(int line, int pos) const;
};

const MrzLayout& mrz_layout(MrzFormat format);

// The format whose line count and length match exactly, if any.
std::optional<MrzFormat> mrz_format_for(int line_count, int line_length);

// The characters a check digit is computed over, concatenated in order.
// REQUIRES: lines has the layout's line count and length.
std::string mrz_covered_text(const MrzCheckDef& check, std::span<const std::string> lines);

// What a check digit says of the characters it covers.
enum class MrzDigitCheck {
  kPass,           // the digit matches (or is an allowed '<' over fillers only)
  kMismatch,       // the digit is not the one the characters give
  kBadCharacters,  // the covered characters hold something an MRZ may not
};

// The check digit `digit` over `covered` (a '<' or '0' passes over fillers
// only when `filler_when_empty`).
MrzDigitCheck check_mrz_digit(std::string_view covered, char digit, bool filler_when_empty);

// check_mrz_digit for the digit and characters of `check` in `lines`.
// REQUIRES: lines has the layout's line count and length.
MrzDigitCheck check_mrz_digit(const MrzCheckDef& check, std::span<const std::string> lines);

// Whether the check digit in `lines` matches the characters it covers.
// REQUIRES: lines has the layout's line count and length.
bool mrz_check_passes(const MrzCheckDef& check, std::span<const std::string> lines);

// The check of `kind` in `format`; nullptr when the format has none (the
// optional data's digit is TD3's only).
const MrzCheckDef* find_mrz_check(MrzFormat format, MrzCheckKind kind);

// A TD1 or TD2 document number longer than 9 characters: the first 9 in the
// number field, '<' in its check digit position, the rest and the check digit
// at the start of the optional data (ICAO 9303 part 5 and 6, note j).
struct MrzLongNumber {
  std::string number;  // all characters, without fillers
  char check_digit;    // as printed
  MrzSpan tail;        // the continuation in the optional data, check digit included
};
// REQUIRES: lines has the layout's line count and length.
std::optional<MrzLongNumber> mrz_long_document_number(MrzFormat format, std::span<const std::string> lines);

}  // namespace kycx
