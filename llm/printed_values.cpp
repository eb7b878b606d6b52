#include "llm/printed_values.hpp"

#include <array>
#include <cctype>
#include <string>
#include <vector>

namespace kycx::llm {

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }
bool alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// Month number of an English month name or its 3+ letter prefix; 0 if none.
int month_of(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december"};
  std::string w;
  for (char c : word) w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (w.size() < 3) return 0;
  if (w == "sept") return 9;
  for (size_t m = 0; m < kMonths.size(); ++m) {
    if (kMonths[m].substr(0, w.size()) == w) return static_cast<int>(m) + 1;
  }
  return 0;
}

// Splits into runs of letters and runs of digits ("15JAN1974" -> 15, JAN, 1974).
std::vector<std::string> date_tokens(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  int kind = 0;  // 1 digits, 2 letters
  for (char c : s) {
    const int k = digit(c) ? 1 : alpha(c) ? 2 : 0;
    if (k != kind && !cur.empty()) {
      out.push_back(cur);
      cur.clear();
    }
    if (k != 0) cur.push_back(c);
    kind = k;
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

bool year_matches(const std::string& y, int year) {
  if (y.size() == 4) return std::stoi(y) == year;
  if (y.size() == 2) return std::stoi(y) == year % 100;
  return false;
}

bool day_matches(const std::string& d, int day) { return d.size() <= 2 && !d.empty() && std::stoi(d) == day; }

}  // namespace

std::string alnum_key(std::string_view text) {
  std::string out;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80) {
      out.push_back(c);
    } else if (std::isalnum(u)) {
      out.push_back(static_cast<char>(std::tolower(u)));
    }
  }
  return out;
}

bool printed_date_matches(std::string_view printed, const Date& date) {
  const auto t = date_tokens(printed);
  std::vector<std::string> numbers;
  int month = 0;
  for (const auto& tok : t) {
    if (digit(tok[0])) {
      numbers.push_back(tok);
      continue;
    }
    const int m = month_of(tok);
    if (m == 0 || (month != 0 && m != month)) return false;  // a word that is not (the same) month
    month = m;
  }
  if (month != 0) {
    if (month != date.month || numbers.size() != 2) return false;
    return (day_matches(numbers[0], date.day) && year_matches(numbers[1], date.year)) ||
           (day_matches(numbers[1], date.day) && year_matches(numbers[0], date.year) && numbers[0].size() == 4);
  }
  if (numbers.size() == 1 && numbers[0].size() == 8) {
    const std::string& n = numbers[0];
    numbers = {n.substr(0, 4), n.substr(4, 2), n.substr(6, 2)};
    if (!(std::stoi(numbers[0]) == date.year)) numbers = {n.substr(0, 2), n.substr(2, 2), n.substr(4, 4)};
  }
  if (numbers.size() != 3) return false;
  const auto& a = numbers[0];
  const auto& b = numbers[1];
  const auto& c = numbers[2];
  if (a.size() == 4) return year_matches(a, date.year) && day_matches(b, date.month) && day_matches(c, date.day);
  if (!year_matches(c, date.year)) return false;
  return (day_matches(a, date.month) && day_matches(b, date.day)) ||  // US order
         (day_matches(a, date.day) && day_matches(b, date.month));    // day first
}

std::optional<std::int64_t> printed_amount_cents(std::string_view printed) {
  std::string s(printed);
  // Currency signs and codes around the number.
  for (std::string_view sign : {"$", "\xC2\xA3", "\xE2\x82\xAC", "USD", "EUR", "GBP", "CAD", "CR", "DR"}) {
    for (size_t at = s.find(sign); at != std::string::npos; at = s.find(sign)) s.erase(at, sign.size());
  }
  std::string body;
  for (char c : s) {
    if (digit(c) || c == '.' || c == ',') {
      body.push_back(c);
    } else if (c != ' ' && c != '(' && c != ')' && c != '-' && c != '+') {
      return std::nullopt;
    }
  }
  if (body.empty() || !digit(body.front()) || !digit(body.back())) return std::nullopt;
  // The decimal separator is the last '.' or ',' followed by one or two digits.
  const size_t sep = body.find_last_of(".,");
  std::string units = body;
  std::string fraction;
  if (sep != std::string::npos && body.size() - sep - 1 <= 2) {
    units = body.substr(0, sep);
    fraction = body.substr(sep + 1);
  }
  std::string whole;
  for (char c : units) {
    if (digit(c)) whole.push_back(c);
  }
  if (whole.empty() || whole.size() > 15) return std::nullopt;
  while (fraction.size() < 2) fraction.push_back('0');
  return std::stoll(whole) * 100 + std::stoll(fraction);
}

}  // namespace kycx::llm
