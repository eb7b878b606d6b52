// The contract's canonical value formats (section 2): dates "YYYY-MM-DD",
// money as a decimal string with two decimals ("-1234.50"). Parsing and
// formatting of canonical strings only; raw document text is parsed in
// extractors/. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kycx {

struct Date {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31

  auto operator<=>(const Date&) const =
      default;  // NOLINT(modernize-use-nullptr): clang-tidy 14 flags the 0 it compares with
};

bool is_valid_date(int year, int month, int day);
// "2026-03-14" -> Date; nullopt unless canonical and a real calendar day.
std::optional<Date> parse_canonical_date(std::string_view text);
std::string format_date(const Date& date);
// Days since 1970-01-01 (negative before), for differences between dates.
std::int64_t days_since_epoch(const Date& date);
Date date_from_days(std::int64_t days);
Date today_utc();

// Money in cents. "-1234.50" -> -123450; nullopt unless canonical.
std::optional<std::int64_t> parse_canonical_money(std::string_view text);
std::string format_money(std::int64_t cents);

}  // namespace kycx
