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

// How an all-numeric date whose first two numbers could both be a month is read.
enum class DayOrder { kMonthFirst, kDayFirst };

struct DateParseOptions {
  // Preferred order of "03/04/2026"; the other order is used when only it gives
  // a calendar day ("03/14/2026" read day first). Dotted dates ("14.03.2026")
  // are always read day first, four-digit-first dates year-month-day.
  DayOrder order = DayOrder::kMonthFirst;
  // Dates printed without a year ("03/14", "14 Mar", "14.03.") take the year
  // that puts them nearest this day; without it they are not dates.
  std::optional<Date> year_hint = std::nullopt;
};

// The date `text` prints, the whole of it (surrounding white space and
// punctuation such as ':' or ',' ignored). Two-digit years are 20YY below 70,
// else 19YY. nullopt when `text` is not exactly one date.
std::optional<Date> parse_printed_date(std::string_view text, const DateParseOptions& options = {});

// One date found inside a longer text: bytes [begin, end) of the text.
struct DateMatch {
  Date date;
  size_t begin = 0;
  size_t end = 0;
  bool has_year = true;  // false when the year came from DateParseOptions::year_hint
};

// Every date printed in `text`, left to right, not overlapping; the longest
// reading wins at each place ("03/14/2026", not "03/14").
std::vector<DateMatch> find_printed_dates(std::string_view text, const DateParseOptions& options = {});

}  // namespace kycx::extractors
