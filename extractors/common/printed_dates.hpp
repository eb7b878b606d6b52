// Dates as statements, pay stubs, bills and forms print them in free text
// ("March 14, 2026", "14.03.2026", "14 Mar"), tolerant of the noise OCR adds
// (stray spaces around separators, O and l read for 0 and 1). One of the date
// parser family with identity_dates.hpp; both take month names from
// month_names.hpp. Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "core/value_format.hpp"

namespace kycx::extractors {

// The date y-m-d when it is a calendar day in the years 1900-2199 (the dates
// identity documents carry); nullopt otherwise.
std::optional<Date> plausible_date(int year, int month, int day);

// How an all-numeric date whose first two numbers could both be a month is
// read: as the document's other dates, currency or country say, or unknown.
enum class DayOrder { kMonthFirst, kDayFirst, kUnknown };

struct DateParseOptions {
  // Preferred order of "03/04/2026"; the other order is used when only it gives
  // a calendar day ("03/14/2026" read day first). Dotted dates ("14.03.2026")
  // are always read day first, four-digit-first dates year-month-day. With
  // kUnknown, "03/04/2026" is read month first and marked ambiguous.
  DayOrder order = DayOrder::kMonthFirst;
  // Dates printed without a year ("03/14", "14 Mar", "14.03.") take the year
  // that puts them nearest this day; without it they are not dates.
  std::optional<Date> year_hint = std::nullopt;
};

// One date found inside a text: bytes [begin, end) of the text.
struct DateMatch {
  Date date;
  size_t begin = 0;
  size_t end = 0;
  bool has_year = true;    // false when the year came from DateParseOptions::year_hint
  bool ambiguous = false;  // "03/04/2026" with DayOrder::kUnknown: the other order is a date too
};

// The date `text` prints, the whole of it (surrounding white space and
// punctuation such as ':' or ',' ignored), in the styles documents use:
// numeric ("03/14/2026", "14.03.2026", "2026-03-14"), with the month's name
// in English, French or Spanish ("March 14, 2026", "14 Mar 2026", "14-Mar-26",
// "04May26", "1st May 2026", "4 mai 2026", "4 de mayo de 2026"), and without a
// year when the options give one to lean on ("May 01", "14.03."). Two-digit
// years are 20YY below 70, else 19YY. nullopt when `text` is not exactly one date.
std::optional<DateMatch> read_printed_date(std::string_view text, const DateParseOptions& options = {});

// read_printed_date's date alone.
std::optional<Date> parse_printed_date(std::string_view text, const DateParseOptions& options = {});

// Every date printed in `text`, left to right, not overlapping; the longest
// reading wins at each place ("03/14/2026", not "03/14").
std::vector<DateMatch> find_printed_dates(std::string_view text, const DateParseOptions& options = {});

}  // namespace kycx::extractors
