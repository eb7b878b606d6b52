#include "core/value_format.hpp"

#include <chrono>
#include <cstdio>

#include "core/ascii.hpp"

namespace kycx {

namespace {

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

bool is_valid_date(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int max_day = month == 2 && leap ? 29 : kDays[month - 1];
  return day <= max_day;
}

std::optional<Date> parse_canonical_date(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  const auto y = t.substr(0, 4), m = t.substr(5, 2), d = t.substr(8, 2);
  if (!all_ascii_digits(y) || !all_ascii_digits(m) || !all_ascii_digits(d)) return std::nullopt;
  Date date{to_int(y), to_int(m), to_int(d)};
  if (!is_valid_date(date.year, date.month, date.day)) return std::nullopt;
  return date;
}

std::string format_date(const Date& date) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buf;
}

std::int64_t days_since_epoch(const Date& date) {
  using namespace std::chrono;
  const year_month_day ymd{year{date.year}, month{static_cast<unsigned>(date.month)},
                           day{static_cast<unsigned>(date.day)}};
  return sys_days{ymd}.time_since_epoch().count();
}

Date date_from_days(std::int64_t days) {
  using namespace std::chrono;
  const year_month_day ymd{sys_days{std::chrono::days{days}}};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

Date today_utc() {
  using namespace std::chrono;
  return date_from_days(floor<days>(system_clock::now()).time_since_epoch().count());
}

std::optional<std::int64_t> parse_canonical_money(std::string_view t) {
  bool negative = false;
  if (!t.empty() && t.front() == '-') {
    negative = true;
    t.remove_prefix(1);
  }
  const auto dot = t.find('.');
  if (dot == std::string_view::npos || t.size() - dot != 3) return std::nullopt;
  const auto whole = t.substr(0, dot), cents = t.substr(dot + 1);
  if (!all_ascii_digits(whole) || !all_ascii_digits(cents) || whole.size() > 15) return std::nullopt;
  std::int64_t v = 0;
  for (char c : whole) v = v * 10 + (c - '0');
  v = v * 100 + to_int(cents);
  return negative ? -v : v;
}

std::string format_money(std::int64_t cents) {
  const bool negative = cents < 0;
  const std::uint64_t abs = negative ? static_cast<std::uint64_t>(-(cents + 1)) + 1 : static_cast<std::uint64_t>(cents);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%s%llu.%02llu", negative ? "-" : "", static_cast<unsigned long long>(abs / 100),
                static_cast<unsigned long long>(abs % 100));
  return buf;
}

}  // namespace kycx
