#include "extractors/licence/license_front_values.hpp"

#include <algorithm>
#include <cctype>

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
    if (ch == 'O' || ch == 'o') ch = '0';
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

std::optional<Date> date_of(int y, int m, int d) {
  if (y < 1900 || y > 2199 || !is_valid_date(y, m, d)) return std::nullopt;
  return Date{y, m, d};
}

}  // namespace

std::vector<Date> front_date_readings(std::string_view token) {
  std::vector<Date> out;
  auto p = split_date(token);
  if (!p) return out;
  auto add = [&](std::optional<Date> d) {
    if (d && std::find(out.begin(), out.end(), *d) == out.end()) out.push_back(*d);
  };
  if (p->width_a == 4) {
    add(date_of(p->a, p->b, p->c));
  } else {
    add(date_of(p->c, p->a, p->b));  // month first
    add(date_of(p->c, p->b, p->a));  // day first
  }
  return out;
}

std::optional<Date> front_date(std::string_view token, std::string_view country) {
  auto p = split_date(token);
  if (!p) return std::nullopt;
  if (p->width_a == 4) return date_of(p->a, p->b, p->c);
  const auto month_first = date_of(p->c, p->a, p->b);
  const auto day_first = date_of(p->c, p->b, p->a);
  if (country == "CAN") return day_first ? day_first : month_first;
  return month_first ? month_first : day_first;
}

std::string words_key(std::string_view text) {
  std::string out;
  bool pending = false;
  for (char ch : text) {
    const auto u = static_cast<unsigned char>(ch);
    if (ch == '\'' || ch == '`') continue;  // O'NEIL and ONEIL are one name to compare
    if (std::isalnum(u) || u >= 0x80) {
      if (pending && !out.empty()) out.push_back(' ');
      pending = false;
      out.push_back(static_cast<char>(std::toupper(u)));
    } else {
      pending = true;
    }
  }
  return out;
}

bool is_printed_name_word(std::string_view s) {
  s = trim_punctuation(s);
  if (s.empty()) return false;
  bool letter = false;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isupper(u) || u >= 0x80) {
      letter = true;
    } else if (c != '-' && c != '\'') {
      return false;
    }
  }
  return letter;
}

}  // namespace kycx::extractors
