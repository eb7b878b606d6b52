// The characters OCR engines confuse in MRZ text (OCR-B): letters that look
// like digits and back, the filler and 'K', and digits that look alike.
// Constant tables; thread-safe.
#pragma once

#include <string_view>

#include "extractors/mrz/mrz_layout.hpp"

namespace kycx::extractors {

// The digit a letter is taken for in a digit-only position ('O' -> '0',
// 'I' -> '1', 'B' -> '8', ...); 0 when there is none.
char digit_lookalike(char letter);

// The letter a digit is taken for in a letter-only position ('0' -> 'O',
// '1' -> 'I', '8' -> 'B', ...); 0 when there is none.
char letter_lookalike(char digit);

// `c` made to fit `char_class` where a look-alike exists, else `c` unchanged.
char coerce_to_class(char c, MrzCharClass char_class);

// Whether `c` is allowed in a position of `char_class` by the specification.
bool fits_class(char c, MrzCharClass char_class);

// What `c` may really be in an alphanumeric position: letter <-> digit and
// filler <-> 'K' confusions ("0" -> "ODQ").
std::string_view alnum_alternatives(char c);

// What digit `d` may really be when digits are misread as digits ('8' -> "369").
std::string_view digit_alternatives(char d);

}  // namespace kycx::extractors
