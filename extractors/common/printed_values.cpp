#include "extractors/common/printed_values.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>

#include "core/ascii.hpp"
#include "extractors/common/confusions.hpp"
#include "extractors/common/text_match.hpp"

namespace kycx::extractors {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
char lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Letters OCR reads for 0 and 1 next to digits ("O3/14/2O26", "l,234.56")
// become those digits. Same length as the input, so offsets stay valid.
std::string with_ocr_digits(std::string_view text) {
  std::string out(text);
  auto digit_near = [&](size_t i, int step) {
    const auto j = static_cast<std::ptrdiff_t>(i) + step;
    if (j < 0 || j >= static_cast<std::ptrdiff_t>(text.size())) return false;
    const char c = text[static_cast<size_t>(j)];
    if (is_ascii_digit(c)) return true;
    const auto k = j + step;
    return (c == ',' || c == '.' || c == '/') && k >= 0 && k < static_cast<std::ptrdiff_t>(text.size()) &&
           is_ascii_digit(text[static_cast<size_t>(k)]);
  };
  auto letter_at = [&](size_t i, int step) {
    const auto j = static_cast<std::ptrdiff_t>(i) + step;
    return j >= 0 && j < static_cast<std::ptrdiff_t>(text.size()) && is_ascii_letter(text[static_cast<size_t>(j)]);
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const char digit = digit_lookalike(c, ConfusionUse::kAmount);
    if (digit == 0 || letter_at(i, -1) || letter_at(i, 1)) continue;
    if (digit_near(i, -1) || digit_near(i, 1)) out[i] = digit;
  }
  return out;
}

// ------------------------------------------------------------------ dates

enum class TokKind { kNum, kWord, kSep };

struct Tok {
  TokKind kind;
  std::string_view text;
  size_t begin = 0;
  size_t end = 0;
};

std::vector<Tok> tokenize(std::string_view s) {
  std::vector<Tok> toks;
  for (size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (is_space(c)) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    TokKind kind = TokKind::kSep;
    if (is_ascii_digit(c)) {
      kind = TokKind::kNum;
      while (j < s.size() && is_ascii_digit(s[j])) ++j;
    } else if (is_ascii_letter(c)) {
      kind = TokKind::kWord;
      while (j < s.size() && is_ascii_letter(s[j])) ++j;
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      while (j < s.size() && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) ++j;
    }
    toks.push_back({kind, s.substr(i, j - i), i, j});
    i = j;
  }
  return toks;
}

int to_int(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

// 1-12 for an English month name or abbreviation (fuzzy for 4+ letters), else 0.
int month_number(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kNames = {"january",   "february", "march",    "april",
                                                              "may",       "june",     "july",     "august",
                                                              "september", "october",  "november", "december"};
  std::string w;
  for (char c : word) w.push_back(lower(c));
  if (w == "sept") return 9;
  for (size_t m = 0; m < kNames.size(); ++m) {
    if (w == kNames[m] || (w.size() == 3 && kNames[m].substr(0, 3) == w)) return static_cast<int>(m) + 1;
  }
  if (w.size() < 4) return 0;
  for (size_t m = 0; m < kNames.size(); ++m) {
    if (kNames[m].size() >= 4 && fuzzy_word_equal(w, kNames[m])) return static_cast<int>(m) + 1;
  }
  return 0;
}

bool is_ordinal_suffix(std::string_view word) {
  std::string w;
  for (char c : word) w.push_back(lower(c));
  return w == "st" || w == "nd" || w == "rd" || w == "th";
}

int full_year(std::string_view digits) {
  const int y = to_int(digits);
  if (digits.size() == 4) return y;
  return y < 70 ? 2000 + y : 1900 + y;
}

// The valid date of month/day in the year nearest `hint`.
std::optional<Date> nearest_year(int month, int day, const Date& hint) {
  std::optional<Date> best;
  std::int64_t best_gap = 0;
  for (int y = hint.year - 1; y <= hint.year + 1; ++y) {
    if (!is_valid_date(y, month, day)) continue;
    const Date d{y, month, day};
    const std::int64_t gap = std::llabs(days_since_epoch(d) - days_since_epoch(hint));
    if (!best || gap < best_gap) best = d, best_gap = gap;
  }
  return best;
}

// Reads tokens from a position; each accessor returns false past the end.
class Cursor {
 public:
  Cursor(const std::vector<Tok>& toks, size_t at) : toks_(toks), at_(at) {}
  size_t at() const { return at_; }
  const Tok* peek() const { return at_ < toks_.size() ? &toks_[at_] : nullptr; }
  // A number of min..max digits.
  std::optional<std::string_view> num(size_t min, size_t max) {
    const Tok* t = peek();
    if (!t || t->kind != TokKind::kNum || t->text.size() < min || t->text.size() > max) return std::nullopt;
    ++at_;
    return t->text;
  }
  // One of the separator characters in `chars`; returns it, or 0.
  char sep(std::string_view chars) {
    const Tok* t = peek();
    if (!t || t->kind != TokKind::kSep || t->text.size() != 1 || chars.find(t->text[0]) == std::string_view::npos)
      return 0;
    ++at_;
    return t->text[0];
  }
  int month() {
    const Tok* t = peek();
    if (!t || t->kind != TokKind::kWord) return 0;
    const int m = month_number(t->text);
    if (m != 0) ++at_;
    return m;
  }
  void skip_ordinal() {
    const Tok* t = peek();
    if (t && t->kind == TokKind::kWord && is_ordinal_suffix(t->text) && at_ > 0 && toks_[at_ - 1].end == t->begin)
      ++at_;
  }

 private:
  const std::vector<Tok>& toks_;
  size_t at_;
};

struct Reading {
  Date date;
  bool has_year = true;
  size_t next = 0;  // token after the date
};

std::optional<Date> numeric_date(int a, int b, int year, bool day_first) {
  const int m1 = day_first ? b : a, d1 = day_first ? a : b;
  if (is_valid_date(year, m1, d1)) return Date{year, m1, d1};
  if (is_valid_date(year, d1, m1)) return Date{year, d1, m1};
  return std::nullopt;
}

std::optional<Date> yearless(int month, int day, const DateParseOptions& o) {
  if (!o.year_hint) return std::nullopt;
  return nearest_year(month, day, *o.year_hint);
}

// The longest date starting at token `i`.
std::optional<Reading> read_date_at(const std::vector<Tok>& toks, size_t i, const DateParseOptions& o) {
  const bool day_first_pref = o.order == DayOrder::kDayFirst;
  {  // 2026-03-14, 2026/03/14
    Cursor c(toks, i);
    const auto y = c.num(4, 4);
    const char s = y ? c.sep("-/.") : 0;
    const auto m = s ? c.num(1, 2) : std::nullopt;
    const auto d = m && c.sep(std::string_view(&s, 1)) ? c.num(1, 2) : std::nullopt;
    if (d && is_valid_date(to_int(*y), to_int(*m), to_int(*d)))
      return Reading{{to_int(*y), to_int(*m), to_int(*d)}, true, c.at()};
  }
  {  // 03/14/2026, 14.03.2026, 14-03-26; 03/14 and 14.03. without a year
    Cursor c(toks, i);
    const auto a = c.num(1, 2);
    const char s = a ? c.sep("/-.") : 0;
    const auto b = s ? c.num(1, 2) : std::nullopt;
    if (b) {
      const bool day_first = s == '.' || day_first_pref;
      Cursor with_year = c;
      if (with_year.sep(std::string_view(&s, 1))) {
        if (const auto y = with_year.num(2, 4); y && y->size() != 3) {
          if (auto d = numeric_date(to_int(*a), to_int(*b), full_year(*y), day_first))
            return Reading{*d, true, with_year.at()};
          return std::nullopt;
        }
      }
      if (s != '-' && o.year_hint) {
        if (s == '.') c.sep(".");
        const int first = to_int(*a), second = to_int(*b);
        const int month = day_first ? second : first, day = day_first ? first : second;
        auto d = yearless(month, day, o);
        if (!d) d = yearless(day, month, o);
        if (d) return Reading{*d, false, c.at()};
      }
    }
  }
  {  // 14 Mar 2026, 14-Mar-2026, 14th March 2026, 14 Mar
    Cursor c(toks, i);
    const auto d = c.num(1, 2);
    if (d) c.skip_ordinal();
    const char s = d ? c.sep("-.") : 0;
    const int m = d ? c.month() : 0;
    if (m != 0) {
      c.sep(s == '-' ? "-" : ".");
      c.sep(",");
      Cursor with_year = c;
      auto y = with_year.num(4, 4);
      if (!y && s == '-') y = with_year.num(2, 2);
      if (y) {
        if (!is_valid_date(full_year(*y), m, to_int(*d))) return std::nullopt;
        return Reading{{full_year(*y), m, to_int(*d)}, true, with_year.at()};
      }
      const Tok* next = c.peek();
      if (auto date = yearless(m, to_int(*d), o); date && (!next || next->kind != TokKind::kNum))
        return Reading{*date, false, c.at()};
    }
  }
  {  // March 14, 2026; Mar 14 2026; Mar. 14, 2026; Mar 14
    Cursor c(toks, i);
    const int m = c.month();
    if (m != 0) c.sep(".-");
    const auto d = m != 0 ? c.num(1, 2) : std::nullopt;
    if (d) {
      c.skip_ordinal();
      Cursor with_year = c;
      with_year.sep(",");
      if (const auto y = with_year.num(4, 4); y && is_valid_date(to_int(*y), m, to_int(*d)))
        return Reading{{to_int(*y), m, to_int(*d)}, true, with_year.at()};
      if (auto date = yearless(m, to_int(*d), o)) return Reading{*date, false, c.at()};
    }
  }
  return std::nullopt;
}

// ------------------------------------------------------------------ money

bool iequal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k) {
    if (lower(a[k]) != lower(b[k])) return false;
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
    if (is_space(s.front())) {
      s.remove_prefix(1), changed = true;
    } else if (s.front() == '-' || s.front() == '+' || s.front() == '(') {
      if (!set(s.front() == '-' ? k.minus : s.front() == '+' ? k.plus : k.open)) return false;
      s.remove_prefix(1), changed = true;
    } else if (auto c = currency_marker(s, true, dollar)) {
      if (!k.currency.empty()) return false;
      k.currency = c->second, s.remove_prefix(c->first), changed = true;
    }
    if (s.empty()) break;
    if (is_space(s.back())) {
      s.remove_suffix(1), changed = true;
    } else if (s.back() == '-' || s.back() == ')') {
      if (!set(s.back() == '-' ? k.minus : k.close)) return false;
      s.remove_suffix(1), changed = true;
    } else if (auto c = currency_marker(s, false, dollar)) {
      if (!k.currency.empty()) return false;
      k.currency = c->second, s.remove_suffix(c->first), changed = true;
    } else if (s.size() >= 2 && (iequal(s.substr(s.size() - 2), "cr") || iequal(s.substr(s.size() - 2), "dr")) &&
               (s.size() == 2 || !is_ascii_letter(s[s.size() - 3]))) {
      if (!set(lower(s[s.size() - 2]) == 'c' ? k.credit : k.debit)) return false;
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
  if (has_cents) value += to_int(groups.back());
  return std::pair{value, has_cents};
}

bool is_filler(char c) {
  return is_space(c) || c == ':' || c == ',' || c == ';' || c == '.' || c == '(' || c == ')';
}

}  // namespace

std::vector<DateMatch> find_printed_dates(std::string_view text, const DateParseOptions& options) {
  const std::string cleaned = with_ocr_digits(text);
  const std::vector<Tok> toks = tokenize(cleaned);
  std::vector<DateMatch> out;
  for (size_t i = 0; i < toks.size();) {
    // A date does not start inside a number or word ("12345/06").
    const bool glued = i > 0 && toks[i - 1].end == toks[i].begin && toks[i - 1].kind == toks[i].kind;
    const auto r = glued ? std::nullopt : read_date_at(toks, i, options);
    if (!r) {
      ++i;
      continue;
    }
    out.push_back({r->date, toks[i].begin, toks[r->next - 1].end, r->has_year});
    i = r->next;
  }
  return out;
}

std::optional<Date> parse_printed_date(std::string_view text, const DateParseOptions& options) {
  const auto found = find_printed_dates(text, options);
  if (found.size() != 1) return std::nullopt;
  for (size_t k = 0; k < text.size(); ++k) {
    if ((k < found[0].begin || k >= found[0].end) && !is_filler(text[k])) return std::nullopt;
  }
  return found[0].date;
}

std::string currency_from_printed(std::string_view token, std::string_view dollar_currency) {
  std::string_view t = token;
  while (!t.empty() && is_space(t.front())) t.remove_prefix(1);
  while (!t.empty() && is_space(t.back())) t.remove_suffix(1);
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
    if (is_space(text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && !is_space(text[j])) ++j;
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
