// The characters OCR engines confuse in MRZ text (OCR-B), as the format's
// positions allow: letters and digits (from the common table, use kMrz), the
// filler and 'K', and digits that look alike. Constant tables; thread-safe.
#pragma once

#include <string_view>

#include "core/mrz_format.hpp"

namespace kycx::extractors::mrz {

// `c` made to fit `char_class` where a look-alike exists, else `c` unchanged.
char coerce_to_class(char c, MrzCharClass char_class);

// Whether `c` is allowed in a position of `char_class` by the specification.
bool fits_class(char c, MrzCharClass char_class);

// What `c` may really be in an alphanumeric position: letter <-> digit and
// filler <-> 'K' confusions ("0" -> "ODQ").
std::string_view alnum_alternatives(char c);

// What digit `d` may really be when digits are misread as digits ('8' -> "369").
std::string_view digit_alternatives(char d);

}  // namespace kycx::extractors::mrz
