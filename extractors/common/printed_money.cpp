#include "extractors/common/printed_money.hpp"

#include <array>

#include "core/ascii.hpp"
#include "extractors/common/confusions.hpp"

namespace kycx::extractors {

namespace {

bool iequal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k) {
    if (to_ascii_lower(a[k]) != to_ascii_lower(b[k])) return false;
  }
  return true;
}

constexpr std::array<std::string_view, 16> kCodes = {"USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "JPY",
                                                     "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "MXN", "CNY"};

// Symbols longest first, so "US$" is taken before "$".
struct Symbol {
  std::string_view text;
  std::string_view code;  // empty: the dollar currency of the options
};
constexpr std::array<Symbol, 8> kSymbols = {{{"US$", "USD"},
                                             {"CA$", "CAD"},
                                             {"C$", "CAD"},
                                             {"A$", "AUD"},
                                             {"$", ""},
                                             {"\xE2\x82\xAC", "EUR"},
                                             {"\xC2\xA3", "GBP"},
                                             {"\xC2\xA5", "JPY"}}};

// Unicode minus signs and dashes as '-'.
std::string ascii_minus(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const std::string_view rest = text.substr(i);
    if (rest.starts_with("\xE2\x88\x92") || rest.starts_with("\xE2\x80\x93") || rest.starts_with("\xE2\x80\x94")) {
      out.push_back('-');
      i += 2;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

// The currency marker `s` starts (from_left) or ends with: its length and code.
std::optional<std::pair<size_t, std::string>> currency_marker(std::string_view s, bool from_left,
                                                              std::string_view dollar) {
  for (const Symbol& sym : kSymbols) {
    if (from_left ? s.starts_with(sym.text) : s.ends_with(sym.text))
      return std::pair{sym.text.size(), std::string(sym.code.empty() ? dollar : sym.code)};
  }
  if (s.size() < 3) return std::nullopt;
  const std::string_view piece = from_left ? s.substr(0, 3) : s.substr(s.size() - 3);
  const bool bounded = s.size() == 3 || !is_ascii_letter(from_left ? s[3] : s[s.size() - 4]);
  for (std::string_view code : kCodes) {
    if (bounded && iequal(piece, code)) return std::pair{size_t{3}, std::string(code)};
  }
  return std::nullopt;
}

struct Marks {
  bool minus = false, plus = false, open = false, close = false, credit = false, debit = false;
  std::string currency;
};

// Peels signs, parentheses, currency markers and CR/DR off both ends of `s`;
// what is left is the number. False when a marker repeats or contradicts.
bool peel_marks(std::string_view& s, Marks& k, std::string_view dollar) {
  auto set = [](bool& flag) {
    if (flag) return false;
    flag = true;
    return true;
  };
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    if (is_ascii_space(s.front())) {
      s.remove_prefix(1), changed = true;
    } else if (s.front() == '-' || s.front() == '+' || s.front() == '(') {
      if (!set(s.front() == '-' ? k.minus : s.front() == '+' ? k.plus : k.open)) return false;
      s.remove_prefix(1), changed = true;
    } else if (auto c = currency_marker(s, true, dollar)) {
      if (!k.currency.empty()) return false;
      k.currency = c->second, s.remove_prefix(c->first), changed = true;
    }
    if (s.empty()) break;
    if (is_ascii_space(s.back())) {
      s.remove_suffix(1), changed = true;
    } else if (s.back() == '-' || s.back() == ')') {
      if (!set(s.back() == '-' ? k.minus : k.close)) return false;
      s.remove_suffix(1), changed = true;
    } else if (auto c = currency_marker(s, false, dollar)) {
      if (!k.currency.empty()) return false;
      k.currency = c->second, s.remove_suffix(c->first), changed = true;
    } else if (s.size() >= 2 && (iequal(s.substr(s.size() - 2), "cr") || iequal(s.substr(s.size() - 2), "dr")) &&
               (s.size() == 2 || !is_ascii_letter(s[s.size() - 3]))) {
      if (!set(to_ascii_lower(s[s.size() - 2]) == 'c' ? k.credit : k.debit)) return false;
      s.remove_suffix(2), changed = true;
    }
  }
  const bool negative = k.minus || k.open || k.debit;
  return k.open == k.close && !(negative && (k.plus || k.credit)) && !(k.credit && k.debit);
}

// The number's digits: groups split by separators, the cents if any.
std::optional<std::pair<std::int64_t, bool>> read_number(std::string_view body, DecimalMark mark) {
  if (body.empty() || !is_ascii_digit(body.front()) || !is_ascii_digit(body.back())) return std::nullopt;
  std::vector<std::string_view> groups;
  std::string seps;
  for (size_t i = 0; i < body.size();) {
    size_t j = i;
    while (j < body.size() && is_ascii_digit(body[j])) ++j;
    groups.push_back(body.substr(i, j - i));
    if (j == body.size()) break;
    const char c = body[j];
    if (c != ',' && c != '.' && c != ' ' && c != '\'') return std::nullopt;
    seps.push_back(c);
    i = j + 1;
    if (i < body.size() && !is_ascii_digit(body[i])) return std::nullopt;
  }
  bool has_cents = false;
  if (!seps.empty()) {
    const char last = seps.back();
    const bool two = groups.back().size() == 2;
    if (mark == DecimalMark::kAuto)
      has_cents = two && (last == '.' || last == ',');
    else
      has_cents = last == (mark == DecimalMark::kPoint ? '.' : ',');
    if (has_cents && !two) return std::nullopt;
  }
  const size_t whole_groups = groups.size() - (has_cents ? 1 : 0);
  for (size_t g = 1; g < whole_groups; ++g) {
    // One grouping character throughout; the cents' mark is tolerated as one
    // (OCR reads "1,234.56" as "1.234.56"), since groups have three digits.
    if (groups[g].size() != 3 || seps[g - 1] != seps[0]) return std::nullopt;
    if (mark != DecimalMark::kAuto && !has_cents && seps[g - 1] == (mark == DecimalMark::kPoint ? '.' : ','))
      return std::nullopt;
  }
  if (whole_groups > 1 && groups[0].size() > 3) return std::nullopt;
  std::int64_t value = 0;
  int digits = 0;
  for (size_t g = 0; g < whole_groups; ++g) {
    for (char c : groups[g]) value = value * 10 + (c - '0'), ++digits;
  }
  if (digits > 15) return std::nullopt;
  value *= 100;
  if (has_cents) value += digits_value(groups.back());
  return std::pair{value, has_cents};
}

}  // namespace

std::string currency_from_printed(std::string_view token, std::string_view dollar_currency) {
  std::string_view t = token;
  while (!t.empty() && is_ascii_space(t.front())) t.remove_prefix(1);
  while (!t.empty() && is_ascii_space(t.back())) t.remove_suffix(1);
  const auto c = currency_marker(t, true, dollar_currency);
  return c && c->first == t.size() ? c->second : std::string();
}

std::optional<PrintedMoney> parse_printed_money(std::string_view text, const MoneyParseOptions& options) {
  const std::string cleaned = with_ocr_digits(ascii_minus(text));
  std::string_view s = cleaned;
  Marks marks;
  if (!peel_marks(s, marks, options.dollar_currency)) return std::nullopt;
  const auto number = read_number(s, options.decimal_mark);
  if (!number || (options.require_decimals && !number->second)) return std::nullopt;
  const bool negative = marks.minus || marks.open || marks.debit;
  PrintedMoney out;
  out.cents = negative ? -number->first : number->first;
  out.currency = std::move(marks.currency);
  out.sign_shown = negative || marks.plus || marks.credit;
  return out;
}

std::vector<MoneyMatch> find_printed_money(std::string_view text, const MoneyParseOptions& options) {
  std::vector<std::pair<size_t, size_t>> pieces;
  for (size_t i = 0; i < text.size();) {
    if (is_ascii_space(text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && !is_ascii_space(text[j])) ++j;
    pieces.emplace_back(i, j);
    i = j;
  }
  constexpr size_t kMaxPieces = 4;  // "USD", "1", "234,56", "CR"
  std::vector<MoneyMatch> out;
  for (size_t i = 0; i < pieces.size();) {
    size_t taken = 0;
    for (size_t n = std::min(kMaxPieces, pieces.size() - i); n > 0 && taken == 0; --n) {
      size_t begin = pieces[i].first, end = pieces[i + n - 1].second;
      // Punctuation of the sentence around an amount ("Total: 12.00,").
      while (end > begin && (text[end - 1] == ',' || text[end - 1] == ';' || text[end - 1] == ':')) --end;
      while (begin < end && text[begin] == ':') ++begin;
      if (auto m = parse_printed_money(text.substr(begin, end - begin), options)) {
        out.push_back({std::move(*m), begin, end});
        taken = n;
      }
    }
    i += taken == 0 ? 1 : taken;
  }
  return out;
}

}  // namespace kycx::extractors
