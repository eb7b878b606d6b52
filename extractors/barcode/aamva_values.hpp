// Normalisers for single AAMVA element values: postal codes, sex codes,
// names (dates: parse_aamva_date in extractors/common/printed_dates.hpp).
// Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/value_format.hpp"
#include "extractors/common/identity_dates.hpp"

namespace kycx::extractors::barcode {

// "958181234  " -> "95818-1234", "958180000" -> "95818", "T2T1T6" -> "T2T 1T6".
// nullopt when the value is neither a ZIP code nor a Canadian postal code.
std::optional<std::string> canonical_postal_code(std::string_view raw);

// "1"/"M" -> "M", "2"/"F" -> "F", "9"/"X" -> "X"; nullopt otherwise.
std::optional<std::string> canonical_sex(std::string_view raw);

// Trims and collapses runs of white space (and commas when `commas_are_spaces`)
// into one space.
std::string collapse_spaces(std::string_view text, bool commas_are_spaces = false);

// Placeholders issuers write for an element without a value ("NONE", "UNAVL").
bool is_placeholder(std::string_view value);

}  // namespace kycx::extractors::barcode
