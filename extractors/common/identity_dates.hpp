// Dates as identity documents carry them: the visual zones of passports and
// ID cards (day first, month names in seven languages), the fronts of
// licences (three numbers in the card's order) and the eight digits of an
// AAMVA barcode. One of the date parser family with printed_dates.hpp.
// Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/value_format.hpp"

namespace kycx::extractors {

// ------------------------------------------------------------ visual zones

// A date as visual zones print it: day first, the month as a number or an
// English, French, German, Spanish, Italian, Dutch or Swedish abbreviation,
// a two- or four-digit year.
struct ZoneDate {
  Date printed;                 // the year as printed: 71 for "28 SEP 71"
  bool two_digit_year = false;  // the century is the reader's to decide

  bool means(const Date& date) const;
};
std::optional<ZoneDate> parse_zone_date(std::string_view text);

// ---------------------------------------------------------- licence fronts

// Every calendar date a token can mean (year first; month first; day first),
// without duplicates. Empty when the token is not a date.
std::vector<Date> card_date_readings(std::string_view token);

// The date a token means under the conventions of `country` ("USA", "CAN" or
// "" for unknown: month first unless only day first gives a date).
std::optional<Date> card_date(std::string_view token, std::string_view country);

// ---------------------------------------------------------- AAMVA barcodes

// MMDDCCYY is the USA's order from AAMVA version 2 on; CCYYMMDD Canada's (and
// version 1's).
enum class AamvaDateOrder { kMonthDayYear, kYearMonthDay };

struct AamvaDate {
  Date date;
  bool other_order = false;  // the preferred order gave no date; the other one did
};

// Eight digits (separators such as '/' or '-' are ignored) read in `preferred`
// order, else in the other order. A date counts only if it is a real calendar
// day in the years 1900-2199, so the two orders can never both succeed.
std::optional<AamvaDate> parse_aamva_date(std::string_view raw, AamvaDateOrder preferred);

}  // namespace kycx::extractors
