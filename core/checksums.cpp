#include "core/checksums.hpp"

#include <string>

namespace kycx {

std::optional<int> icao_check_digit(std::string_view field) {
  static constexpr int kWeights[] = {7, 3, 1};
  int sum = 0;
  for (size_t i = 0; i < field.size(); ++i) {
    const char c = field[i];
    int v = 0;
    if (c >= '0' && c <= '9')
      v = c - '0';
    else if (c >= 'A' && c <= 'Z')
      v = c - 'A' + 10;
    else if (c == '<')
      v = 0;
    else
      return std::nullopt;
    sum += v * kWeights[i % 3];
  }
  return sum % 10;
}

bool aba_routing_valid(std::string_view d) {
  if (d.size() != 9) return false;
  for (char c : d) {
    if (c < '0' || c > '9') return false;
  }
  auto n = [&](size_t i) { return d[i] - '0'; };
  const int sum = 3 * (n(0) + n(3) + n(6)) + 7 * (n(1) + n(4) + n(7)) + (n(2) + n(5) + n(8));
  return sum % 10 == 0 && d != "000000000";
}

bool iban_mod97_valid(std::string_view iban) {
  if (iban.size() < 5 || iban.size() > 34) return false;
  const std::string rearranged = std::string(iban.substr(4)) + std::string(iban.substr(0, 4));
  int remainder = 0;
  for (char c : rearranged) {
    if (c >= '0' && c <= '9') {
      remainder = (remainder * 10 + (c - '0')) % 97;
    } else if (c >= 'A' && c <= 'Z') {
      const int v = c - 'A' + 10;
      remainder = (remainder * 100 + v) % 97;
    } else {
      return false;
    }
  }
  return remainder == 1;
}

bool luhn_valid(std::string_view digits) {
  if (digits.size() < 2) return false;
  int sum = 0;
  bool twice = false;
  for (size_t i = digits.size(); i-- > 0;) {
    const char c = digits[i];
    if (c < '0' || c > '9') return false;
    int v = c - '0';
    if (twice) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
    twice = !twice;
  }
  return sum % 10 == 0;
}

}  // namespace kycx
