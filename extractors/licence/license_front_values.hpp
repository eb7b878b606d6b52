// Values as printed on the front of a US or Canadian licence: dates in the
// orders cards use (MM/DD/YYYY in the USA; YYYY/MM/DD, YYYY-MM-DD or
// DD/MM/YYYY in Canada) and OCR-tolerant keys for comparing numbers and
// names. Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/value_format.hpp"

namespace kycx::extractors {

// Every calendar date a token can mean (year first; month first; day first),
// without duplicates. Empty when the token is not a date.
std::vector<Date> front_date_readings(std::string_view token);

// The date a token means under the conventions of `country` ("USA", "CAN" or
// "" for unknown: month first unless only day first gives a date).
std::optional<Date> front_date(std::string_view token, std::string_view country);

// Upper case, separators (space, '-', '.') removed, and the letters OCR
// confuses with digits turned into them (O->0, I/L->1, S->5, B->8, Z->2, G->6):
// two readings of one licence number have the same key.
std::string number_key(std::string_view text);

// Upper-case words of letters and digits, one space apart, apostrophes
// dropped: "O'Neil-Smith,  Ann" -> "ONEIL SMITH ANN".
std::string words_key(std::string_view text);

// Cuts everything but letters and digits from both ends: OCR's stray marks
// around labels, numbers and codes ("\\WDL0B5" -> "WDL0B5", "o." -> "o").
std::string_view strip_stray_marks(std::string_view token);

// Cuts trailing and leading punctuation (":,.;\"'") off a printed word ("KING," -> "KING").
std::string_view trim_punctuation(std::string_view token);

// A word of a name as licences print it: capitals (or non-ASCII letters),
// apostrophes and hyphens, punctuation around it ignored.
bool is_printed_name_word(std::string_view token);

}  // namespace kycx::extractors
