#include "extractors/common/confusions.hpp"

#include <array>

#include "core/ascii.hpp"

namespace kycx::extractors {

namespace {

constexpr std::uint8_t bits(std::initializer_list<ConfusionUse> uses) {
  std::uint8_t out = 0;
  for (ConfusionUse u : uses) out |= static_cast<std::uint8_t>(u);
  return out;
}

using U = ConfusionUse;
constexpr std::array<Confusion, 16> kConfusions{{
    {'O', '0', bits({U::kMrz, U::kIdentifierKey, U::kPostcode, U::kIban, U::kAmount, U::kDateDigit}),
     bits({U::kMrz, U::kPostcode, U::kIban})},
    {'o', '0', bits({U::kAmount, U::kDateDigit}), 0},
    {'Q', '0', bits({U::kMrz, U::kIdentifierKey, U::kPostcode, U::kIban}), 0},
    {'D', '0', bits({U::kMrz, U::kIdentifierKey, U::kIban}), 0},
    {'U', '0', bits({U::kMrz}), 0},
    {'I', '1', bits({U::kMrz, U::kIdentifierKey, U::kPostcode, U::kIban, U::kAmount}),
     bits({U::kMrz, U::kPostcode, U::kIban})},
    {'L', '1', bits({U::kMrz, U::kIdentifierKey, U::kPostcode}), 0},
    {'J', '1', bits({U::kMrz}), 0},
    {'|', '1', bits({U::kIdentifierKey, U::kPostcode, U::kAmount}), 0},
    {'l', '1', bits({U::kAmount}), 0},
    {'Z', '2', bits({U::kMrz, U::kIdentifierKey, U::kPostcode, U::kIban}), bits({U::kMrz, U::kPostcode, U::kIban})},
    {'A', '4', bits({U::kMrz}), bits({U::kMrz})},
    {'S', '5', bits({U::kMrz, U::kIdentifierKey, U::kPostcode, U::kIban}), bits({U::kMrz, U::kPostcode, U::kIban})},
    {'G', '6', bits({U::kMrz, U::kIdentifierKey, U::kIban}), bits({U::kMrz, U::kIban})},
    {'T', '7', bits({U::kMrz}), bits({U::kMrz})},
    {'B', '8', bits({U::kMrz, U::kIdentifierKey, U::kPostcode, U::kIban}), bits({U::kMrz, U::kPostcode, U::kIban})},
}};

}  // namespace

std::span<const Confusion> confusions() {
  return kConfusions;
}

char digit_lookalike(char letter, ConfusionUse use) {
  for (const Confusion& c : kConfusions) {
    if (c.letter == letter && c.letter_to_digit_in(use)) return c.digit;
  }
  return 0;
}

char letter_lookalike(char digit, ConfusionUse use) {
  for (const Confusion& c : kConfusions) {
    if (c.digit == digit && c.digit_to_letter_in(use)) return c.letter;
  }
  return 0;
}

std::string number_key(std::string_view text) {
  std::string out;
  for (char ch : text) {
    const char c = to_ascii_upper(ch);
    if (c == ' ' || c == '-' || c == '.') continue;
    const char digit = digit_lookalike(c, ConfusionUse::kIdentifierKey);
    out.push_back(digit != 0 ? digit : c);
  }
  return out;
}

std::string with_ocr_digits(std::string_view text) {
  std::string out(text);
  auto digit_near = [&](size_t i, int step) {
    const auto j = static_cast<std::ptrdiff_t>(i) + step;
    if (j < 0 || j >= static_cast<std::ptrdiff_t>(text.size())) return false;
    const char c = text[static_cast<size_t>(j)];
    if (is_ascii_digit(c)) return true;
    const auto k = j + step;
    return (c == ',' || c == '.' || c == '/') && k >= 0 && k < static_cast<std::ptrdiff_t>(text.size()) &&
           is_ascii_digit(text[static_cast<size_t>(k)]);
  };
  auto letter_at = [&](size_t i, int step) {
    const auto j = static_cast<std::ptrdiff_t>(i) + step;
    return j >= 0 && j < static_cast<std::ptrdiff_t>(text.size()) && is_ascii_letter(text[static_cast<size_t>(j)]);
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const char digit = digit_lookalike(c, ConfusionUse::kAmount);
    if (digit == 0 || letter_at(i, -1) || letter_at(i, 1)) continue;
    if (digit_near(i, -1) || digit_near(i, 1)) out[i] = digit;
  }
  return out;
}

}  // namespace kycx::extractors
