#include "validators/mrz_rules.hpp"

#include <optional>
#include <string>
#include <vector>

#include "core/checksums.hpp"

namespace kycx::validators {

namespace {

enum class MrzFormat { kTd1, kTd2, kTd3 };

// The MRZ lines; for a passport read from `mrz_line2` alone, line 0 is empty.
struct Mrz {
  MrzFormat format = MrzFormat::kTd3;
  std::vector<std::string> lines;
};

// A check digit and the characters it protects.
struct Protected {
  std::string characters;
  char digit = '<';
  bool filler_allowed = false;  // '<' is a valid digit when the characters are all fillers
};

enum class Element { kDocumentNumber, kDateOfBirth, kDateOfExpiry, kPersonalNumber, kComposite };

std::optional<Mrz> read_mrz(const Json& value) {
  if (value.is_string()) {
    const auto line = value.get<std::string>();
    if (line.size() != 44) return std::nullopt;
    return Mrz{MrzFormat::kTd3, {"", line}};
  }
  if (!value.is_array()) return std::nullopt;
  Mrz mrz;
  for (const auto& line : value) {
    if (!line.is_string()) return std::nullopt;
    mrz.lines.push_back(line.get<std::string>());
  }
  const auto all_of_length = [&](size_t n) {
    for (const auto& line : mrz.lines) {
      if (line.size() != n) return false;
    }
    return true;
  };
  if (mrz.lines.size() == 3 && all_of_length(30))
    mrz.format = MrzFormat::kTd1;
  else if (mrz.lines.size() == 2 && all_of_length(36))
    mrz.format = MrzFormat::kTd2;
  else if (mrz.lines.size() == 2 && all_of_length(44))
    mrz.format = MrzFormat::kTd3;
  else
    return std::nullopt;
  return mrz;
}

// A document number longer than 9 characters (TD1, TD2): the check digit
// position holds '<' and the number goes on in the optional data, ending with
// its check digit before the first filler.
Protected document_number(const std::string& principal, char digit, const std::string& optional) {
  if (digit != '<') return {principal, digit};
  const size_t end = optional.find('<');
  const std::string rest = optional.substr(0, end);
  if (rest.empty()) return {principal, digit};
  return {principal + rest.substr(0, rest.size() - 1), rest.back()};
}

std::optional<Protected> protected_element(const Mrz& mrz, Element element) {
  const auto& l = mrz.lines;
  switch (mrz.format) {
    case MrzFormat::kTd3: {
      const std::string& s = l[1];
      switch (element) {
        case Element::kDocumentNumber: return Protected{s.substr(0, 9), s[9]};
        case Element::kDateOfBirth: return Protected{s.substr(13, 6), s[19]};
        case Element::kDateOfExpiry: return Protected{s.substr(21, 6), s[27]};
        case Element::kPersonalNumber: return Protected{s.substr(28, 14), s[42], true};
        case Element::kComposite: return Protected{s.substr(0, 10) + s.substr(13, 7) + s.substr(21, 22), s[43]};
      }
      break;
    }
    case MrzFormat::kTd2: {
      const std::string& s = l[1];
      switch (element) {
        case Element::kDocumentNumber: return document_number(s.substr(0, 9), s[9], s.substr(28, 7));
        case Element::kDateOfBirth: return Protected{s.substr(13, 6), s[19]};
        case Element::kDateOfExpiry: return Protected{s.substr(21, 6), s[27]};
        case Element::kPersonalNumber: return std::nullopt;
        case Element::kComposite: return Protected{s.substr(0, 10) + s.substr(13, 7) + s.substr(21, 14), s[35]};
      }
      break;
    }
    case MrzFormat::kTd1: {
      const std::string &a = l[0], &b = l[1];
      switch (element) {
        case Element::kDocumentNumber: return document_number(a.substr(5, 9), a[14], a.substr(15, 15));
        case Element::kDateOfBirth: return Protected{b.substr(0, 6), b[6]};
        case Element::kDateOfExpiry: return Protected{b.substr(8, 6), b[14]};
        case Element::kPersonalNumber: return std::nullopt;
        case Element::kComposite:
          return Protected{a.substr(5, 25) + b.substr(0, 7) + b.substr(8, 7) + b.substr(18, 11), b[29]};
      }
      break;
    }
  }
  return std::nullopt;
}

RuleOutcome verify(const RuleInput& in, Element element) {
  if (in.size() == 0) return skipped("the rule names no MRZ field");
  const size_t last = in.size() - 1;
  const Json* value = in.value(last);
  if (value == nullptr) return in.unusable(last);
  const auto mrz = read_mrz(*value);
  if (!mrz) return skipped(std::string(in.name(last)) + " is not a TD1, TD2 or TD3 machine readable zone");
  const auto element_digits = protected_element(*mrz, element);
  if (!element_digits) return skipped("not applicable: this MRZ layout has no such check digit");
  const auto& [characters, digit, filler_allowed] = *element_digits;
  if (filler_allowed && digit == '<' && characters.find_first_not_of('<') == std::string::npos) return passed();
  const auto expected = icao_check_digit(characters);
  if (!expected) return failed({{"problem", "holds characters that are not allowed in an MRZ"}});
  return digit == static_cast<char>('0' + *expected) ? passed() : failed({{"problem", "does not match"}});
}

}  // namespace

RuleOutcome check_mrz_document_number(const RuleInput& in) {
  return verify(in, Element::kDocumentNumber);
}
RuleOutcome check_mrz_date_of_birth(const RuleInput& in) {
  return verify(in, Element::kDateOfBirth);
}
RuleOutcome check_mrz_date_of_expiry(const RuleInput& in) {
  return verify(in, Element::kDateOfExpiry);
}
RuleOutcome check_mrz_personal_number(const RuleInput& in) {
  return verify(in, Element::kPersonalNumber);
}
RuleOutcome check_mrz_composite(const RuleInput& in) {
  return verify(in, Element::kComposite);
}

}  // namespace kycx::validators
