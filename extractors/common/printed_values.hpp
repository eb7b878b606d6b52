// Dates and amounts of money as documents print them ("March 14, 2026",
// "14.03.2026", "(1,234.56)", "1.234,56 €", "USD 12.00 DR"), tolerant of the
// noise OCR adds (stray spaces around separators, O and l read for 0 and 1).
// Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/value_format.hpp"

namespace kycx::extractors {

// ------------------------------------------------------------------ dates

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

// ------------------------------------------------------------------ money

// Which character separates the cents. kAuto: the last '.' or ',' followed by
// one or two digits; a separator followed by three digits groups thousands.
enum class DecimalMark { kAuto, kPoint, kComma };

struct MoneyParseOptions {
  DecimalMark decimal_mark = DecimalMark::kAuto;
  std::string dollar_currency = "USD";  // what a bare "$" means
  bool require_decimals = false;        // refuse "1,234" and "12" (reference numbers in free text)
};

struct PrintedMoney {
  std::int64_t cents = 0;   // signed: negative when printed negative
  std::string currency;     // ISO 4217 when a symbol or code is printed, else empty
  bool sign_shown = false;  // a sign was printed: '-', '+', parentheses, CR or DR
};

// The amount `text` prints: digits grouped by ',', '.', ' ' or '\'' with an
// optional decimal part; a currency symbol ($ € £ ¥, US$, C$) or ISO code before
// or after; negative as "-12.00", "12.00-", "(12.00)", "-$12.00", "$-12.00",
// "12.00 DR" (and "12.00 CR" positive). nullopt for anything else (letters
// other than a currency code or CR/DR, two amounts, inconsistent grouping).
std::optional<PrintedMoney> parse_printed_money(std::string_view text, const MoneyParseOptions& options = {});

// One amount found inside a longer text: bytes [begin, end) of the text.
struct MoneyMatch {
  PrintedMoney money;
  size_t begin = 0;
  size_t end = 0;
};

// Every amount printed in `text` (white-space separated pieces, the longest
// run of pieces that reads as one amount at each place: "USD 1 234,56"),
// left to right. Pieces that are not money (words, dates) are skipped.
std::vector<MoneyMatch> find_printed_money(std::string_view text, const MoneyParseOptions& options = {});

// The ISO 4217 code a printed currency symbol or code names ("$" ->
// `dollar_currency`, "€" -> "EUR", "gbp" -> "GBP"); empty when it names none.
std::string currency_from_printed(std::string_view token, std::string_view dollar_currency = "USD");

}  // namespace kycx::extractors
