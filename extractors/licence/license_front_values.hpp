// Values as printed on the front of a US or Canadian licence: dates in the
// orders cards use (MM/DD/YYYY in the USA; YYYY/MM/DD, YYYY-MM-DD or
// DD/MM/YYYY in Canada) and OCR-tolerant keys for comparing names (numbers:
// number_key in extractors/common/confusions.hpp). Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/value_format.hpp"
#include "extractors/common/text_match.hpp"

namespace kycx::extractors {

// Every calendar date a token can mean (year first; month first; day first),
// without duplicates. Empty when the token is not a date.
std::vector<Date> front_date_readings(std::string_view token);

// The date a token means under the conventions of `country` ("USA", "CAN" or
// "" for unknown: month first unless only day first gives a date).
std::optional<Date> front_date(std::string_view token, std::string_view country);

// Upper-case words of letters and digits, one space apart, apostrophes
// dropped: "O'Neil-Smith,  Ann" -> "ONEIL SMITH ANN".
std::string words_key(std::string_view text);

// A word of a name as licences print it: capitals (or non-ASCII letters),
// apostrophes and hyphens, punctuation around it ignored.
bool is_printed_name_word(std::string_view token);

}  // namespace kycx::extractors
