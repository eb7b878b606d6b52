#include "core/mrz_format.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "core/checksums.hpp"

namespace kycx {

namespace {

// The three formats as ICAO 9303 draws them: one letter per character
// position, naming the element that position belongs to (part 5, 4.2.2 for
// TD1; part 6 for TD2; part 4 for TD3).
//   P document code      I issuing state     N name              C nationality
//   # document number    n its check digit   v its check digit, or '<' when the number goes on in O
//   B date of birth      b its check digit   S sex
//   E date of expiry     e its check digit   c composite check digit
//   O optional data      o its check digit, or '<' when O is all fillers (TD3)
//   Q optional data of TD1's second line
struct FormatDrawing {
  MrzFormat format;
  std::array<std::string_view, 3> lines;  // empty past the format's line count
};

constexpr FormatDrawing kDrawings[] = {
    {MrzFormat::kTd1,
     {"PPIII#########vOOOOOOOOOOOOOOO",  //
      "BBBBBBbSEEEEEEeCCCQQQQQQQQQQQc",  //
      "NNNNNNNNNNNNNNNNNNNNNNNNNNNNNN"}},
    {MrzFormat::kTd2,
     {"PPIIINNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN",  //
      "#########vCCCBBBBBBbSEEEEEEeOOOOOOOc",  //
      ""}},
    {MrzFormat::kTd3,
     {"PPIIINNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN",  //
      "#########nCCCBBBBBBbSEEEEEEeOOOOOOOOOOOOOOoc",  //
      ""}},
};

struct Legend {
  char letter;
  MrzElement element;
  MrzCharClass char_class;
};

constexpr Legend kLegend[] = {
    {'P', MrzElement::kDocumentCode, MrzCharClass::kAlpha},
    {'I', MrzElement::kIssuingCountry, MrzCharClass::kAlpha},
    {'N', MrzElement::kName, MrzCharClass::kAlpha},
    {'#', MrzElement::kDocumentNumber, MrzCharClass::kAlnum},
    {'n', MrzElement::kDocumentNumberCheck, MrzCharClass::kDigit},
    {'v', MrzElement::kDocumentNumberCheck, MrzCharClass::kDigitOrFiller},
    {'C', MrzElement::kNationality, MrzCharClass::kAlpha},
    {'B', MrzElement::kDateOfBirth, MrzCharClass::kDigit},
    {'b', MrzElement::kDateOfBirthCheck, MrzCharClass::kDigit},
    {'S', MrzElement::kSex, MrzCharClass::kSex},
    {'E', MrzElement::kDateOfExpiry, MrzCharClass::kDigit},
    {'e', MrzElement::kDateOfExpiryCheck, MrzCharClass::kDigit},
    {'O', MrzElement::kOptionalData, MrzCharClass::kAlnum},
    {'o', MrzElement::kOptionalDataCheck, MrzCharClass::kDigitOrFiller},
    {'Q', MrzElement::kOptionalData2, MrzCharClass::kAlnum},
    {'c', MrzElement::kCompositeCheck, MrzCharClass::kDigit},
};

const Legend& legend_of(char letter) {
  for (const Legend& l : kLegend) {
    if (l.letter == letter) return l;
  }
  return kLegend[0];
}

// What each check digit covers, by the letters of the drawing, and where the
// digit stands. The composite covers every number, date and optional data
// with their check digits, line by line.
struct CheckDrawing {
  MrzCheckKind kind;
  std::string_view covered;
  std::string_view digit;
};

constexpr CheckDrawing kCheckDrawings[] = {
    {MrzCheckKind::kDocumentNumber, "#", "nv"},    {MrzCheckKind::kDateOfBirth, "B", "b"},
    {MrzCheckKind::kDateOfExpiry, "E", "e"},       {MrzCheckKind::kOptionalData, "O", "o"},
    {MrzCheckKind::kComposite, "#nvBbEeOoQ", "c"},
};

// A format's elements and checks, read off its drawing once. The layout's
// spans point into the vectors beside it: moved, never copied.
struct BuiltLayout {
  std::vector<MrzElementDef> elements;
  std::vector<std::vector<MrzSpan>> covered;  // one list per check
  std::vector<MrzCheckDef> checks;
  MrzLayout layout;
};

BuiltLayout build(const FormatDrawing& drawing) {
  BuiltLayout b;
  int line_count = 0;
  for (int l = 0; l < 3 && !drawing.lines[size_t(l)].empty(); ++l) {
    ++line_count;
    const std::string_view line = drawing.lines[size_t(l)];
    for (size_t start = 0; start < line.size();) {
      size_t end = start;
      while (end < line.size() && line[end] == line[start]) ++end;
      const Legend& legend = legend_of(line[start]);
      b.elements.push_back({legend.element, {l, int(start), int(end - start)}, legend.char_class});
      start = end;
    }
  }
  for (const CheckDrawing& check : kCheckDrawings) {
    std::vector<MrzSpan> covered;
    std::optional<MrzSpan> digit;
    for (const MrzElementDef& e : b.elements) {
      const char letter = drawing.lines[size_t(e.span.line)][size_t(e.span.start)];
      if (check.digit.find(letter) != std::string_view::npos) digit = e.span;
      if (check.covered.find(letter) == std::string_view::npos) continue;
      if (!covered.empty() && covered.back().line == e.span.line &&
          covered.back().start + covered.back().length == e.span.start) {
        covered.back().length += e.span.length;
      } else {
        covered.push_back(e.span);
      }
    }
    if (!digit) continue;  // TD1 and TD2 have no optional data check digit
    b.covered.push_back(std::move(covered));
    const bool filler_when_empty = check.kind == MrzCheckKind::kOptionalData;
    b.checks.push_back({check.kind, {}, *digit, filler_when_empty});
  }
  for (size_t i = 0; i < b.checks.size(); ++i) b.checks[i].covered = b.covered[i];
  b.layout = {drawing.format, line_count, int(drawing.lines[0].size()), b.elements, b.checks};
  return b;
}

const std::array<BuiltLayout, 3>& layouts() {
  static const std::array<BuiltLayout, 3> kLayouts{build(kDrawings[0]), build(kDrawings[1]), build(kDrawings[2])};
  return kLayouts;
}

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
  for (const BuiltLayout& built : layouts()) {
    if (built.layout.format == format) return built.layout;
  }
  return layouts()[2].layout;
}

std::optional<MrzFormat> mrz_format_for(int line_count, int line_length) {
  for (const BuiltLayout& built : layouts()) {
    if (built.layout.line_count == line_count && built.layout.line_length == line_length) return built.layout.format;
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
