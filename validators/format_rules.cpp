#include "validators/format_rules.hpp"

#include <algorithm>
#include <string>

#include "core/checksums.hpp"
#include "core/regions.hpp"
#include "validators/ein_prefixes.hpp"
#include "validators/icao_country_codes.hpp"

namespace kycx::validators {

namespace {

bool is_zip(std::string_view s) {
  return matches_shape(s, "99999") || matches_shape(s, "99999-9999");
}

// A9A 9A9 (the space optional); D, F, I, O, Q, U never appear, W and Z never first.
bool is_canadian_postal_code(std::string_view s) {
  std::string compact;
  for (char c : s) {
    if (c != ' ') compact += c;
  }
  if (compact.size() + 1 < s.size() || !matches_shape(compact, "A9A9A9")) return false;
  constexpr std::string_view kNever = "DFIOQU";
  for (char letter : {compact[0], compact[2], compact[4]}) {
    if (kNever.find(letter) != std::string_view::npos) return false;
  }
  return compact[0] != 'W' && compact[0] != 'Z';
}

// Outward code A9, A99, AA9, AA99, A9A or AA9A, an optional space, inward code 9AA.
bool is_uk_postcode(std::string_view s) {
  if (s == "GIR 0AA" || s == "GIR0AA") return true;
  if (s.size() < 5) return false;
  const std::string_view inward = s.substr(s.size() - 3);
  std::string_view outward = s.substr(0, s.size() - 3);
  if (!outward.empty() && outward.back() == ' ') outward.remove_suffix(1);
  if (!matches_shape(inward, "9AA")) return false;
  for (std::string_view shape : {"A9", "A99", "AA9", "AA99", "A9A", "AA9A"}) {
    if (matches_shape(outward, shape)) return true;
  }
  return false;
}

std::string compact_upper(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == ' ') continue;
    out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  return out;
}

}  // namespace

bool matches_shape(std::string_view text, std::string_view shape) {
  if (text.size() != shape.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (shape[i]) {
      case 'A':
        if (c < 'A' || c > 'Z') return false;
        break;
      case '9':
        if (c < '0' || c > '9') return false;
        break;
      default:
        if (c != shape[i]) return false;
    }
  }
  return true;
}

RuleOutcome check_aba_routing(const RuleInput& in) {
  const auto routing = in.text(0);
  if (!routing) return in.unusable(0);
  return aba_routing_valid(*routing) ? passed() : failed();
}

RuleOutcome check_iban(const RuleInput& in) {
  const auto iban = in.text(0);
  if (!iban) return in.unusable(0);
  const std::string compact = compact_upper(*iban);
  const bool shaped = compact.size() >= 15 && matches_shape(compact.substr(0, 4), "AA99");
  return shaped && iban_mod97_valid(compact) ? passed() : failed();
}

RuleOutcome check_sort_code(const RuleInput& in) {
  const auto sort_code = in.text(0);
  if (!sort_code) return in.unusable(0);
  return matches_shape(*sort_code, "99-99-99") ? passed() : failed();
}

RuleOutcome check_iban_matches_sort_code(const RuleInput& in) {
  const auto iban = in.text(0);
  if (!iban) return in.unusable(0);
  const auto sort_code = in.text(1);
  if (!sort_code) return in.unusable(1);
  const std::string compact = compact_upper(*iban);
  if (compact.rfind("GB", 0) != 0 || compact.size() != 22) return skipped("not applicable: not a UK IBAN");
  if (!matches_shape(*sort_code, "99-99-99")) return skipped("sort_code is not in canonical form");
  std::string digits = *sort_code;
  digits.erase(std::remove(digits.begin(), digits.end(), '-'), digits.end());
  return compact.substr(8, 6) == digits ? passed() : failed();
}

RuleOutcome check_ssn(const RuleInput& in) {
  const auto ssn = in.text(0);
  if (!ssn) return in.unusable(0);
  if (!matches_shape(*ssn, "999-99-9999")) return failed({{"problem", "is not in the form NNN-NN-NNNN"}});
  const std::string_view s = *ssn;
  const auto area = s.substr(0, 3), group = s.substr(4, 2), serial = s.substr(7, 4);
  if (area == "000" || area == "666" || area[0] == '9') {
    return failed({{"problem", "has an area number (first three digits) that is never issued: 000, 666 or 900-999"}});
  }
  if (group == "00") return failed({{"problem", "has group number (middle two digits) 00, which is never issued"}});
  if (serial == "0000")
    return failed({{"problem", "has serial number (last four digits) 0000, which is never issued"}});
  // Voided by SSA after it was printed on a sample card sold in wallets (1938).
  if (s == "078-05-1120") return failed({{"problem", "is a voided number known from a sample card"}});
  return passed();
}

RuleOutcome check_ein(const RuleInput& in) {
  const auto ein = in.text(0);
  if (!ein) return in.unusable(0);
  if (!matches_shape(*ein, "99-9999999")) return failed({{"problem", "is not in the form NN-NNNNNNN"}});
  if (!is_valid_ein_prefix(std::string_view(*ein).substr(0, 2))) {
    return failed({{"problem", "has a prefix (first two digits) the IRS does not assign"}});
  }
  return passed();
}

RuleOutcome check_icao_country(const RuleInput& in) {
  const auto code = in.text(0);
  if (!code) return in.unusable(0);
  return is_icao_country_code(*code) ? passed() : failed({{"code", *code}});
}

RuleOutcome check_state_or_province(const RuleInput& in) {
  const auto code = in.text(0);
  if (!code) return in.unusable(0);
  return is_us_state_code(*code) || is_canadian_province_code(*code) ? passed() : failed({{"code", *code}});
}

RuleOutcome check_postal_code_for_state(const RuleInput& in) {
  const auto postal = in.text(0);
  if (!postal) return in.unusable(0);
  const auto state = in.text(1).value_or("");
  if (is_us_state_code(state)) return is_zip(*postal) ? passed() : failed({{"expected", "a ZIP code"}});
  if (is_canadian_province_code(state)) {
    return is_canadian_postal_code(*postal) ? passed() : failed({{"expected", "a Canadian postal code"}});
  }
  return is_zip(*postal) || is_canadian_postal_code(*postal)
             ? passed()
             : failed({{"expected", "a ZIP code or a Canadian postal code"}});
}

RuleOutcome check_region_for_currency(const RuleInput& in) {
  const auto region = in.text(0);
  if (!region) return in.unusable(0);
  const auto currency = in.text(1);
  if (!currency) return in.unusable(1);
  if (*currency == "USD") return is_us_state_code(*region) ? passed() : failed({{"expected", "a US state code"}});
  if (*currency == "CAD") {
    return is_canadian_province_code(*region) ? passed() : failed({{"expected", "a Canadian province code"}});
  }
  return skipped("not applicable: no region codes are checked for " + *currency);
}

RuleOutcome check_postal_code_for_currency(const RuleInput& in) {
  const auto postal = in.text(0);
  if (!postal) return in.unusable(0);
  const auto currency = in.text(1);
  if (!currency) return in.unusable(1);
  if (*currency == "USD") return is_zip(*postal) ? passed() : failed({{"expected", "a ZIP code"}});
  if (*currency == "CAD") {
    return is_canadian_postal_code(*postal) ? passed() : failed({{"expected", "a Canadian postal code"}});
  }
  if (*currency == "GBP") return is_uk_postcode(*postal) ? passed() : failed({{"expected", "a UK postcode"}});
  return skipped("not applicable: no postal code format is checked for " + *currency);
}

}  // namespace kycx::validators
