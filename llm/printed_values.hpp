// Reads dates and amounts as documents print them ("01/15/2024",
// "15 JAN 1974", "$1,234.56", "(12.00)"), to check that a canonical value
// appears in the text. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/value_format.hpp"

namespace kycx::llm {

// Whether `printed` (nothing but a date) can be read as `date`: day, month
// and year in any usual order, month as a number or an English name, years
// of two or four digits.
bool printed_date_matches(std::string_view printed, const Date& date);

// The amount in cents, sign dropped (documents show debits in many ways):
// "$1,234.56" -> 123456, "1.234,56 EUR" -> 123456, "(12)" -> 1200. nullopt
// unless `printed` is nothing but an amount.
std::optional<std::int64_t> printed_amount_cents(std::string_view printed);

// Lower-case ASCII letters and digits only (other bytes kept): the
// comparison key for text values.
std::string alnum_key(std::string_view text);

}  // namespace kycx::llm
