#include "extractors/licence/license_front_values.hpp"

#include <algorithm>
#include <cctype>

namespace kycx::extractors::licence {

namespace {}  // namespace

std::string words_key(std::string_view text) {
  std::string out;
  bool pending = false;
  for (char ch : text) {
    const auto u = static_cast<unsigned char>(ch);
    if (ch == '\'' || ch == '`') continue;  // O'NEIL and ONEIL are one name to compare
    if (std::isalnum(u) || u >= 0x80) {
      if (pending && !out.empty()) out.push_back(' ');
      pending = false;
      out.push_back(static_cast<char>(std::toupper(u)));
    } else {
      pending = true;
    }
  }
  return out;
}

bool is_printed_name_word(std::string_view s) {
  s = trim_punctuation(s);
  if (s.empty()) return false;
  bool letter = false;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isupper(u) || u >= 0x80) {
      letter = true;
    } else if (c != '-' && c != '\'') {
      return false;
    }
  }
  return letter;
}

}  // namespace kycx::extractors::licence
