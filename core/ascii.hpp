// ASCII character classes and case mapping for machine-printed text (MRZ,
// AAMVA, amounts, codes). Unlike <cctype> they ignore the locale and take a
// plain char; bytes outside ASCII (UTF-8) pass through unchanged. Pure.
#pragma once

#include <algorithm>
#include <string>
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
constexpr char to_ascii_upper(char c) {
  return is_ascii_lower(c) ? static_cast<char>(c - 'a' + 'A') : c;
}
constexpr char to_ascii_lower(char c) {
  return is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}
constexpr bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
// The number a run of ASCII digits spells ("0042" -> 42).
// REQUIRES: `digits` holds only 0-9, and few enough of them for an int.
constexpr int digits_value(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}
inline bool has_ascii_lower(std::string_view s) {
  return std::any_of(s.begin(), s.end(), is_ascii_lower);
}
inline bool has_ascii_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), is_ascii_digit);
}
// Not empty, and nothing but the digits 0-9.
inline bool all_ascii_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), is_ascii_digit);
}
inline std::string ascii_upper(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), to_ascii_upper);
  return out;
}
inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), to_ascii_lower);
  return out;
}

}  // namespace kycx
