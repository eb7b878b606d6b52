#include "extractors/barcode/aamva_values.hpp"

#include <array>
#include <cctype>

#include "core/ascii.hpp"

namespace kycx::extractors::barcode {

std::optional<std::string> canonical_postal_code(std::string_view raw) {
  std::string compact;
  for (char c : raw) {
    if (c == ' ' || c == '-') continue;
    compact.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  bool all_digits = !compact.empty();
  for (char c : compact) all_digits = all_digits && is_ascii_digit(c);
  if (all_digits) {
    // AAMVA pads the ZIP+4 to 9 or 11 characters with zeros; a +4 of zeros means "none".
    if (compact.size() == 5) return compact;
    if (compact.size() != 9 && compact.size() != 11) return std::nullopt;
    if (compact.size() == 11 && compact.substr(9) != "00") return std::nullopt;
    const std::string plus4 = compact.substr(5, 4);
    return plus4 == "0000" ? compact.substr(0, 5) : compact.substr(0, 5) + "-" + plus4;
  }
  if (compact.size() == 6 && is_ascii_upper(compact[0]) && is_ascii_digit(compact[1]) && is_ascii_upper(compact[2]) &&
      is_ascii_digit(compact[3]) && is_ascii_upper(compact[4]) && is_ascii_digit(compact[5])) {
    return compact.substr(0, 3) + " " + compact.substr(3);
  }
  return std::nullopt;
}

std::optional<std::string> canonical_sex(std::string_view raw) {
  const std::string v = collapse_spaces(raw);
  if (v == "1" || v == "M") return "M";
  if (v == "2" || v == "F") return "F";
  if (v == "9" || v == "X") return "X";
  return std::nullopt;
}

std::string collapse_spaces(std::string_view text, bool commas_are_spaces) {
  std::string out;
  bool pending = false;
  for (char c : text) {
    const bool space = std::isspace(static_cast<unsigned char>(c)) || (commas_are_spaces && c == ',');
    if (space) {
      pending = !out.empty();
      continue;
    }
    if (pending) out.push_back(' ');
    pending = false;
    out.push_back(c);
  }
  return out;
}

bool is_placeholder(std::string_view value) {
  static constexpr std::array<std::string_view, 5> kPlaceholders{"NONE", "UNAVL", "UNAVAILABLE", "N/A", "UNKNOWN"};
  const std::string v = collapse_spaces(value);
  if (v.empty()) return true;
  std::string upper;
  for (char c : v) upper.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  for (auto p : kPlaceholders) {
    if (upper == p) return true;
  }
  return false;
}

}  // namespace kycx::extractors::barcode
