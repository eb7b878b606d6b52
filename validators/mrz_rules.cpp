#include "validators/mrz_rules.hpp"

#include <optional>
#include <string>
#include <vector>

#include "core/mrz_format.hpp"

namespace kycx::validators {

namespace {

// The MRZ lines in a format; for a passport read from `mrz_line2` alone, the
// first line is fillers (no TD3 check digit covers it).
struct Mrz {
  MrzFormat format = MrzFormat::kTd3;
  std::vector<std::string> lines;
};

std::optional<Mrz> read_mrz(const Json& value) {
  if (value.is_string()) {
    const auto line = value.get<std::string>();
    if (line.size() != 44) return std::nullopt;
    return Mrz{MrzFormat::kTd3, {std::string(44, '<'), line}};
  }
  if (!value.is_array() || value.empty()) return std::nullopt;
  Mrz mrz;
  for (const auto& line : value) {
    if (!line.is_string()) return std::nullopt;
    mrz.lines.push_back(line.get<std::string>());
  }
  const size_t length = mrz.lines.front().size();
  for (const auto& line : mrz.lines) {
    if (line.size() != length) return std::nullopt;
  }
  const auto format = mrz_format_for(static_cast<int>(mrz.lines.size()), static_cast<int>(length));
  if (!format) return std::nullopt;
  mrz.format = *format;
  return mrz;
}

RuleOutcome verify(const RuleInput& in, MrzCheckKind kind) {
  if (in.size() == 0) return skipped("the rule names no MRZ field");
  const size_t last = in.size() - 1;
  const Json* value = in.value(last);
  if (value == nullptr) return in.unusable(last);
  const auto mrz = read_mrz(*value);
  if (!mrz) return skipped(std::string(in.name(last)) + " is not a TD1, TD2 or TD3 machine readable zone");
  const MrzCheckDef* check = find_mrz_check(mrz->format, kind);
  if (check == nullptr) return skipped("not applicable: this MRZ layout has no such check digit");
  MrzDigitCheck result = check_mrz_digit(*check, mrz->lines);
  if (kind == MrzCheckKind::kDocumentNumber) {
    // A TD1 or TD2 number longer than 9 characters goes on in the optional data.
    if (const auto long_number = mrz_long_document_number(mrz->format, mrz->lines)) {
      result = check_mrz_digit(long_number->number, long_number->check_digit, false);
    }
  }
  switch (result) {
    case MrzDigitCheck::kPass: return passed();
    case MrzDigitCheck::kBadCharacters: return failed({{"problem", "holds characters that are not allowed in an MRZ"}});
    case MrzDigitCheck::kMismatch: break;
  }
  return failed({{"problem", "does not match"}});
}

}  // namespace

RuleOutcome check_mrz_document_number(const RuleInput& in) {
  return verify(in, MrzCheckKind::kDocumentNumber);
}
RuleOutcome check_mrz_date_of_birth(const RuleInput& in) {
  return verify(in, MrzCheckKind::kDateOfBirth);
}
RuleOutcome check_mrz_date_of_expiry(const RuleInput& in) {
  return verify(in, MrzCheckKind::kDateOfExpiry);
}
RuleOutcome check_mrz_personal_number(const RuleInput& in) {
  return verify(in, MrzCheckKind::kOptionalData);
}
RuleOutcome check_mrz_composite(const RuleInput& in) {
  return verify(in, MrzCheckKind::kComposite);
}

}  // namespace kycx::validators
