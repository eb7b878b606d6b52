#include "core/mrz_format.hpp"

#include <algorithm>

#include "core/checksums.hpp"

namespace kycx {

namespace {

using C = MrzCharClass;
using E = MrzElement;

// ICAO 9303 part 5, 4.2.2 (TD1).
constexpr MrzElementDef kTd1Elements[] = {
    {E::kDocumentCode, {0, 0, 2}, C::kAlpha},
    {E::kIssuingCountry, {0, 2, 3}, C::kAlpha},
    {E::kDocumentNumber, {0, 5, 9}, C::kAlnum},
    {E::kDocumentNumberCheck, {0, 14, 1}, C::kDigitOrFiller},  // '<': number continues in optional data
    {E::kOptionalData, {0, 15, 15}, C::kAlnum},
    {E::kDateOfBirth, {1, 0, 6}, C::kDigit},
    {E::kDateOfBirthCheck, {1, 6, 1}, C::kDigit},
    {E::kSex, {1, 7, 1}, C::kSex},
    {E::kDateOfExpiry, {1, 8, 6}, C::kDigit},
    {E::kDateOfExpiryCheck, {1, 14, 1}, C::kDigit},
    {E::kNationality, {1, 15, 3}, C::kAlpha},
    {E::kOptionalData2, {1, 18, 11}, C::kAlnum},
    {E::kCompositeCheck, {1, 29, 1}, C::kDigit},
    {E::kName, {2, 0, 30}, C::kAlpha},
};
constexpr MrzSpan kTd1Number[] = {{0, 5, 9}};
constexpr MrzSpan kTd1Birth[] = {{1, 0, 6}};
constexpr MrzSpan kTd1Expiry[] = {{1, 8, 6}};
constexpr MrzSpan kTd1Composite[] = {{0, 5, 25}, {1, 0, 7}, {1, 8, 7}, {1, 18, 11}};
constexpr MrzCheckDef kTd1Checks[] = {
    {MrzCheckKind::kDocumentNumber, kTd1Number, {0, 14, 1}},
    {MrzCheckKind::kDateOfBirth, kTd1Birth, {1, 6, 1}},
    {MrzCheckKind::kDateOfExpiry, kTd1Expiry, {1, 14, 1}},
    {MrzCheckKind::kComposite, kTd1Composite, {1, 29, 1}},
};

// ICAO 9303 part 6, 4.2.2 (TD2).
constexpr MrzElementDef kTd2Elements[] = {
    {E::kDocumentCode, {0, 0, 2}, C::kAlpha},
    {E::kIssuingCountry, {0, 2, 3}, C::kAlpha},
    {E::kName, {0, 5, 31}, C::kAlpha},
    {E::kDocumentNumber, {1, 0, 9}, C::kAlnum},
    {E::kDocumentNumberCheck, {1, 9, 1}, C::kDigitOrFiller},  // '<': number continues in optional data
    {E::kNationality, {1, 10, 3}, C::kAlpha},
    {E::kDateOfBirth, {1, 13, 6}, C::kDigit},
    {E::kDateOfBirthCheck, {1, 19, 1}, C::kDigit},
    {E::kSex, {1, 20, 1}, C::kSex},
    {E::kDateOfExpiry, {1, 21, 6}, C::kDigit},
    {E::kDateOfExpiryCheck, {1, 27, 1}, C::kDigit},
    {E::kOptionalData, {1, 28, 7}, C::kAlnum},
    {E::kCompositeCheck, {1, 35, 1}, C::kDigit},
};
constexpr MrzSpan kTd2Number[] = {{1, 0, 9}};
constexpr MrzSpan kTd23Birth[] = {{1, 13, 6}};
constexpr MrzSpan kTd23Expiry[] = {{1, 21, 6}};
constexpr MrzSpan kTd2Composite[] = {{1, 0, 10}, {1, 13, 7}, {1, 21, 14}};
constexpr MrzCheckDef kTd2Checks[] = {
    {MrzCheckKind::kDocumentNumber, kTd2Number, {1, 9, 1}},
    {MrzCheckKind::kDateOfBirth, kTd23Birth, {1, 19, 1}},
    {MrzCheckKind::kDateOfExpiry, kTd23Expiry, {1, 27, 1}},
    {MrzCheckKind::kComposite, kTd2Composite, {1, 35, 1}},
};

// ICAO 9303 part 4, 4.2.2 (TD3).
constexpr MrzElementDef kTd3Elements[] = {
    {E::kDocumentCode, {0, 0, 2}, C::kAlpha},
    {E::kIssuingCountry, {0, 2, 3}, C::kAlpha},
    {E::kName, {0, 5, 39}, C::kAlpha},
    {E::kDocumentNumber, {1, 0, 9}, C::kAlnum},
    {E::kDocumentNumberCheck, {1, 9, 1}, C::kDigit},
    {E::kNationality, {1, 10, 3}, C::kAlpha},
    {E::kDateOfBirth, {1, 13, 6}, C::kDigit},
    {E::kDateOfBirthCheck, {1, 19, 1}, C::kDigit},
    {E::kSex, {1, 20, 1}, C::kSex},
    {E::kDateOfExpiry, {1, 21, 6}, C::kDigit},
    {E::kDateOfExpiryCheck, {1, 27, 1}, C::kDigit},
    {E::kOptionalData, {1, 28, 14}, C::kAlnum},
    {E::kOptionalDataCheck, {1, 42, 1}, C::kDigitOrFiller},
    {E::kCompositeCheck, {1, 43, 1}, C::kDigit},
};
constexpr MrzSpan kTd3Number[] = {{1, 0, 9}};
constexpr MrzSpan kTd3Personal[] = {{1, 28, 14}};
constexpr MrzSpan kTd3Composite[] = {{1, 0, 10}, {1, 13, 7}, {1, 21, 22}};
constexpr MrzCheckDef kTd3Checks[] = {
    {MrzCheckKind::kDocumentNumber, kTd3Number, {1, 9, 1}},
    {MrzCheckKind::kDateOfBirth, kTd23Birth, {1, 19, 1}},
    {MrzCheckKind::kDateOfExpiry, kTd23Expiry, {1, 27, 1}},
    {MrzCheckKind::kOptionalData, kTd3Personal, {1, 42, 1}, /*filler_when_empty=*/true},
    {MrzCheckKind::kComposite, kTd3Composite, {1, 43, 1}},
};

constexpr MrzLayout kLayouts[] = {
    {MrzFormat::kTd1, 3, 30, kTd1Elements, kTd1Checks},
    {MrzFormat::kTd2, 2, 36, kTd2Elements, kTd2Checks},
    {MrzFormat::kTd3, 2, 44, kTd3Elements, kTd3Checks},
};

}  // namespace

std::string_view to_string(MrzFormat format) {
  switch (format) {
    case MrzFormat::kTd1: return "TD1";
    case MrzFormat::kTd2: return "TD2";
    case MrzFormat::kTd3: return "TD3";
  }
  return "TD3";
}

std::optional<MrzElementDef> MrzLayout::find(MrzElement element) const {
  for (const auto& e : elements) {
    if (e.element == element) return e;
  }
  return std::nullopt;
}

MrzCharClass MrzLayout::class_at(int line, int pos) const {
  for (const auto& e : elements) {
    if (e.span.line == line && pos >= e.span.start && pos < e.span.start + e.span.length) return e.char_class;
  }
  return MrzCharClass::kAlnum;
}

const MrzLayout& mrz_layout(MrzFormat format) {
  for (const auto& layout : kLayouts) {
    if (layout.format == format) return layout;
  }
  return kLayouts[2];
}

std::optional<MrzFormat> mrz_format_for(int line_count, int line_length) {
  for (const auto& layout : kLayouts) {
    if (layout.line_count == line_count && layout.line_length == line_length) return layout.format;
  }
  return std::nullopt;
}

std::string mrz_covered_text(const MrzCheckDef& check, std::span<const std::string> lines) {
  std::string text;
  for (const MrzSpan& s : check.covered) {
    text += std::string_view(lines[static_cast<size_t>(s.line)])
                .substr(static_cast<size_t>(s.start), static_cast<size_t>(s.length));
  }
  return text;
}

MrzDigitCheck check_mrz_digit(std::string_view covered, char digit, bool filler_when_empty) {
  if (filler_when_empty && std::all_of(covered.begin(), covered.end(), [](char c) { return c == '<'; }) &&
      (digit == '<' || digit == '0')) {
    return MrzDigitCheck::kPass;
  }
  const auto expected = icao_check_digit(covered);
  if (!expected) return MrzDigitCheck::kBadCharacters;
  return digit == static_cast<char>('0' + *expected) ? MrzDigitCheck::kPass : MrzDigitCheck::kMismatch;
}

MrzDigitCheck check_mrz_digit(const MrzCheckDef& check, std::span<const std::string> lines) {
  const char digit = lines[static_cast<size_t>(check.digit.line)][static_cast<size_t>(check.digit.start)];
  return check_mrz_digit(mrz_covered_text(check, lines), digit, check.filler_when_empty);
}

bool mrz_check_passes(const MrzCheckDef& check, std::span<const std::string> lines) {
  return check_mrz_digit(check, lines) == MrzDigitCheck::kPass;
}

const MrzCheckDef* find_mrz_check(MrzFormat format, MrzCheckKind kind) {
  for (const MrzCheckDef& check : mrz_layout(format).checks) {
    if (check.kind == kind) return &check;
  }
  return nullptr;
}

std::optional<MrzLongNumber> mrz_long_document_number(MrzFormat format, std::span<const std::string> lines) {
  if (format == MrzFormat::kTd3) return std::nullopt;
  const MrzLayout& layout = mrz_layout(format);
  const MrzElementDef number = *layout.find(MrzElement::kDocumentNumber);
  const MrzElementDef check = *layout.find(MrzElement::kDocumentNumberCheck);
  const MrzElementDef optional = *layout.find(MrzElement::kOptionalData);
  const std::string& nl = lines[static_cast<size_t>(number.span.line)];
  const std::string& ol = lines[static_cast<size_t>(optional.span.line)];
  if (lines[static_cast<size_t>(check.span.line)][static_cast<size_t>(check.span.start)] != '<') return std::nullopt;
  int end = optional.span.start;
  while (end < optional.span.start + optional.span.length && ol[static_cast<size_t>(end)] != '<') ++end;
  const int tail = end - optional.span.start;
  if (tail < 2) return std::nullopt;  // at least one more character and the check digit
  MrzLongNumber out;
  for (int i = 0; i < number.span.length; ++i) {
    const char c = nl[static_cast<size_t>(number.span.start + i)];
    if (c != '<') out.number += c;
  }
  out.number += ol.substr(static_cast<size_t>(optional.span.start), static_cast<size_t>(tail - 1));
  out.check_digit = ol[static_cast<size_t>(end) - 1];
  out.tail = {optional.span.line, optional.span.start, tail};
  return out;
}

}  // namespace kycx
