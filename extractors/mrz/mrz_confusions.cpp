#include "extractors/mrz/mrz_confusions.hpp"

#include "extractors/common/confusions.hpp"

namespace kycx::extractors::mrz {

bool fits_class(char c, MrzCharClass char_class) {
  const bool digit = c >= '0' && c <= '9';
  const bool letter = c >= 'A' && c <= 'Z';
  switch (char_class) {
    case MrzCharClass::kAlpha: return letter || c == '<';
    case MrzCharClass::kDigit: return digit;
    case MrzCharClass::kDigitOrFiller: return digit || c == '<';
    case MrzCharClass::kAlnum: return digit || letter || c == '<';
    case MrzCharClass::kSex: return c == 'M' || c == 'F' || c == '<' || c == 'X';
  }
  return false;
}

char coerce_to_class(char c, MrzCharClass char_class) {
  if (fits_class(c, char_class)) return c;
  switch (char_class) {
    case MrzCharClass::kAlpha: {
      const char l = letter_lookalike(c, ConfusionUse::kMrz);
      return l ? l : c;
    }
    case MrzCharClass::kDigit: {
      const char d = digit_lookalike(c, ConfusionUse::kMrz);
      return d ? d : c;
    }
    case MrzCharClass::kDigitOrFiller: {
      if (c == 'K') return '<';
      const char d = digit_lookalike(c, ConfusionUse::kMrz);
      return d ? d : c;
    }
    case MrzCharClass::kSex:
      if (c == 'K') return '<';
      if (c == 'H' || c == 'N') return 'M';
      if (c == 'E' || c == 'P') return 'F';
      return c;
    case MrzCharClass::kAlnum: return c;
  }
  return c;
}

std::string_view alnum_alternatives(char c) {
  switch (c) {
    case '0': return "ODQ";
    case 'O': return "0DQ";
    case 'D':
    case 'Q': return "0O";
    case '1': return "I";
    case 'I':
    case 'L': return "1";
    case '2': return "Z";
    case 'Z': return "2";
    case '4': return "A";
    case 'A': return "4";
    case '5': return "S";
    case 'S': return "5";
    case '6': return "G";
    case 'G': return "6";
    case '7': return "T";
    case 'T': return "7";
    case '8': return "B";
    case 'B': return "8";
    case '<': return "K";
    case 'K': return "<";
    default: return "";
  }
}

std::string_view digit_alternatives(char d) {
  switch (d) {
    case '0': return "86";
    case '1':
    case '2': return "7";
    case '3': return "89";
    case '5': return "68";
    case '6': return "580";
    case '7': return "12";
    case '8': return "3690";
    case '9': return "83";
    default: return "";
  }
}

}  // namespace kycx::extractors::mrz
