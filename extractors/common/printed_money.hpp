// Amounts of money as documents print them ("(1,234.56)", "1.234,56 €",
// "USD 12.00 DR"), tolerant of the noise OCR adds (stray spaces around
// separators, O and l read for 0 and 1). Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kycx::extractors {

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
