// ASCII character classes for machine-printed text (MRZ, AAMVA, amounts).
// Unlike <cctype> they ignore the locale and take a plain char.
#pragma once

#include <algorithm>
#include <string_view>

namespace kycx {

constexpr bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}
constexpr bool is_ascii_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
constexpr bool is_ascii_lower(char c) {
  return c >= 'a' && c <= 'z';
}
constexpr bool is_ascii_letter(char c) {
  return is_ascii_upper(c) || is_ascii_lower(c);
}
inline bool has_ascii_lower(std::string_view s) {
  return std::any_of(s.begin(), s.end(), is_ascii_lower);
}

}  // namespace kycx
