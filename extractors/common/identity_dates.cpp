#include "extractors/common/identity_dates.hpp"

#include <algorithm>
#include <string>

#include "core/ascii.hpp"
#include "extractors/common/confusions.hpp"
#include "extractors/common/month_names.hpp"
#include "extractors/common/printed_dates.hpp"
#include "extractors/common/text_match.hpp"

namespace kycx::extractors {

namespace {

struct Parts {
  int a = 0, b = 0, c = 0;  // the three numbers in printed order
  int width_a = 0;          // digits in the first number
  int width_c = 0;
};

// "05/31/1997", "1978-05-21", "2023.07.05": three numbers with one kind of
// separator. OCR's O for 0 is tolerated.
std::optional<Parts> split_date(std::string_view token) {
  while (!token.empty() && std::ispunct(static_cast<unsigned char>(token.back()))) token.remove_suffix(1);
  Parts p;
  int* fields[3] = {&p.a, &p.b, &p.c};
  int widths[3] = {0, 0, 0};
  int index = 0;
  char separator = 0;
  for (char ch : token) {
    if (const char digit = digit_lookalike(ch, ConfusionUse::kDateDigit); digit != 0) ch = digit;
    if (std::isdigit(static_cast<unsigned char>(ch))) {
      *fields[index] = *fields[index] * 10 + (ch - '0');
      if (++widths[index] > 4) return std::nullopt;
    } else if (ch == '/' || ch == '-' || ch == '.') {
      if (separator != 0 && ch != separator) return std::nullopt;
      separator = ch;
      if (widths[index] == 0 || ++index > 2) return std::nullopt;
    } else {
      return std::nullopt;
    }
  }
  if (index != 2 || widths[2] == 0) return std::nullopt;
  const bool year_first = widths[0] == 4 && widths[1] <= 2 && widths[2] <= 2;
  const bool year_last = widths[2] == 4 && widths[0] <= 2 && widths[1] <= 2;
  if (!year_first && !year_last) return std::nullopt;
  p.width_a = widths[0];
  p.width_c = widths[2];
  return p;
}

std::optional<Date> in_order(std::string_view d, AamvaDateOrder order) {
  if (order == AamvaDateOrder::kMonthDayYear)
    return plausible_date(digits_value(d.substr(4, 4)), digits_value(d.substr(0, 2)), digits_value(d.substr(2, 2)));
  return plausible_date(digits_value(d.substr(0, 4)), digits_value(d.substr(4, 2)), digits_value(d.substr(6, 2)));
}

}  // namespace

bool ZoneDate::means(const Date& date) const {
  return printed.day == date.day && printed.month == date.month &&
         printed.year == (two_digit_year ? date.year % 100 : date.year);
}

std::optional<ZoneDate> parse_zone_date(std::string_view text) {
  // Letters and digits glued by OCR ("28SEP") are separate tokens.
  std::string spaced;
  for (char c : fold(text)) {
    const bool digit = c >= '0' && c <= '9';
    if (!spaced.empty() && spaced.back() != ' ' && c != ' ' &&
        digit != (spaced.back() >= '0' && spaced.back() <= '9')) {
      spaced.push_back(' ');
    }
    spaced.push_back(c);
  }
  std::vector<std::string> numbers;
  int month = 0;
  size_t start = 0;
  while (start < spaced.size()) {
    size_t end = spaced.find(' ', start);
    if (end == std::string::npos) end = spaced.size();
    const std::string token = spaced.substr(start, end - start);
    start = end + 1;
    if (all_ascii_digits(token)) {
      numbers.push_back(token);
    } else if (const int m = zone_month(token); m != 0 && month == 0) {
      month = m;
    } else if (m == 0) {
      return std::nullopt;  // a word that is not a month: not a date
    }
  }
  ZoneDate d;
  if (month != 0 && numbers.size() == 2) {
    d.printed.day = std::stoi(numbers[0]);
    d.printed.month = month;
  } else if (month == 0 && numbers.size() == 3 && numbers[1].size() <= 2) {
    d.printed.day = std::stoi(numbers[0]);
    d.printed.month = std::stoi(numbers[1]);
  } else {
    return std::nullopt;
  }
  const std::string& year = numbers.back();
  if (numbers.front().size() > 2 || (year.size() != 2 && year.size() != 4)) return std::nullopt;
  d.printed.year = std::stoi(year);
  d.two_digit_year = year.size() == 2;
  if (d.printed.month < 1 || d.printed.month > 12 || d.printed.day < 1 || d.printed.day > 31) return std::nullopt;
  return d;
}

std::vector<Date> card_date_readings(std::string_view token) {
  std::vector<Date> out;
  auto p = split_date(token);
  if (!p) return out;
  auto add = [&](std::optional<Date> d) {
    if (d && std::find(out.begin(), out.end(), *d) == out.end()) out.push_back(*d);
  };
  if (p->width_a == 4) {
    add(plausible_date(p->a, p->b, p->c));
  } else {
    add(plausible_date(p->c, p->a, p->b));  // month first
    add(plausible_date(p->c, p->b, p->a));  // day first
  }
  return out;
}

std::optional<Date> card_date(std::string_view token, std::string_view country) {
  auto p = split_date(token);
  if (!p) return std::nullopt;
  if (p->width_a == 4) return plausible_date(p->a, p->b, p->c);
  const auto month_first = plausible_date(p->c, p->a, p->b);
  const auto day_first = plausible_date(p->c, p->b, p->a);
  if (country == "CAN") return day_first ? day_first : month_first;
  return month_first ? month_first : day_first;
}

std::optional<AamvaDate> parse_aamva_date(std::string_view raw, AamvaDateOrder preferred) {
  std::string digits;
  for (char c : raw) {
    if (is_ascii_digit(c)) {
      digits.push_back(c);
    } else if (c != '/' && c != '-' && c != '.' && c != ' ') {
      return std::nullopt;
    }
  }
  if (digits.size() != 8) return std::nullopt;
  if (auto d = in_order(digits, preferred)) return AamvaDate{*d, false};
  const auto other =
      preferred == AamvaDateOrder::kMonthDayYear ? AamvaDateOrder::kYearMonthDay : AamvaDateOrder::kMonthDayYear;
  if (auto d = in_order(digits, other)) return AamvaDate{*d, true};
  return std::nullopt;
}

}  // namespace kycx::extractors
