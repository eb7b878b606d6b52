#include "extractors/common/printed_dates.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/ascii.hpp"
#include "extractors/common/confusions.hpp"
#include "extractors/common/month_names.hpp"
#include "extractors/common/text_match.hpp"

namespace kycx::extractors {

namespace {

enum class TokKind { kNum, kWord, kSep };

struct Tok {
  TokKind kind;
  std::string_view text;
  size_t begin = 0;
  size_t end = 0;
};

// Whether s[i] starts a letter: ASCII, or a UTF-8 Latin letter with a
// diacritic (U+00C0 to U+017F: "é" of "févr", "û" of "août").
bool letter_at(std::string_view s, size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  return is_ascii_letter(s[i]) || ((b == 0xC3 || b == 0xC4 || b == 0xC5) && i + 1 < s.size());
}

std::vector<Tok> tokenize(std::string_view s) {
  std::vector<Tok> toks;
  for (size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (is_ascii_space(c)) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    TokKind kind = TokKind::kSep;
    if (is_ascii_digit(c)) {
      kind = TokKind::kNum;
      while (j < s.size() && is_ascii_digit(s[j])) ++j;
    } else if (letter_at(s, i)) {
      kind = TokKind::kWord;
      j = i;
      while (j < s.size() && letter_at(s, j)) j += is_ascii_letter(s[j]) ? 1 : 2;
      j = std::min(j, s.size());
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      while (j < s.size() && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) ++j;
    }
    toks.push_back({kind, s.substr(i, j - i), i, j});
    i = j;
  }
  return toks;
}

bool is_ordinal_suffix(std::string_view word) {
  const std::string w = ascii_lower(word);
  return w == "st" || w == "nd" || w == "rd" || w == "th";
}

int full_year(std::string_view digits) {
  const int y = digits_value(digits);
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
    const int m = printed_month(t->text);
    if (m != 0) ++at_;
    return m;
  }
  // Spanish and French put words between the parts: "4 de mayo de 2026".
  void skip_joiner() {
    const Tok* t = peek();
    if (t && t->kind == TokKind::kWord && (ascii_lower(t->text) == "de" || ascii_lower(t->text) == "del")) ++at_;
  }
  // Whether the token after the current one continues a number ("26.50"):
  // then the current number is not a two-digit year.
  bool number_continues() const {
    if (at_ + 1 >= toks_.size()) return false;
    const Tok& next = toks_[at_ + 1];
    return next.kind == TokKind::kSep && next.begin == toks_[at_].end && (next.text == "." || next.text == ",") &&
           at_ + 2 < toks_.size() && toks_[at_ + 2].kind == TokKind::kNum;
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
  size_t next = 0;         // token after the date
  bool ambiguous = false;  // day and month could be either way round
};

// Whether "a/b" reads as two different calendar days, month first and day
// first, while the document's order is unknown.
bool order_matters(int a, int b, int year, const DateParseOptions& o) {
  return o.order == DayOrder::kUnknown && a != b && is_valid_date(year, a, b) && is_valid_date(year, b, a);
}

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

// Whether the number at `c` is the two-digit year of a date whose month name
// is token `month_at`: after "14-Mar-", always; glued to the month ("04May26",
// UK statements); after a space only when it is not the start of an amount
// and lies within a year of the hint ("04 May 26").
bool two_digit_year_follows(const std::vector<Tok>& toks, size_t month_at, const Cursor& c, char separator,
                            const DateParseOptions& o) {
  const Tok* year = c.peek();
  if (year == nullptr || year->kind != TokKind::kNum || year->text.size() != 2) return false;
  if (separator == '-') return true;
  if (c.number_continues()) return false;
  if (c.at() == month_at + 1 && toks[month_at].end == year->begin) return true;
  return o.year_hint && std::abs(2000 + digits_value(year->text) - o.year_hint->year) <= 1;
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
    if (d && is_valid_date(digits_value(*y), digits_value(*m), digits_value(*d)))
      return Reading{{digits_value(*y), digits_value(*m), digits_value(*d)}, true, c.at()};
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
          const int year = full_year(*y);
          if (auto d = numeric_date(digits_value(*a), digits_value(*b), year, day_first)) {
            const bool ambiguous = s != '.' && order_matters(digits_value(*a), digits_value(*b), year, o);
            return Reading{*d, true, with_year.at(), ambiguous};
          }
          return std::nullopt;
        }
      }
      if (s != '-' && o.year_hint) {
        if (s == '.') c.sep(".");
        const int first = digits_value(*a), second = digits_value(*b);
        const int month = day_first ? second : first, day = day_first ? first : second;
        auto d = yearless(month, day, o);
        if (!d) d = yearless(day, month, o);
        const bool ambiguous = s != '.' && d && order_matters(first, second, d->year, o);
        if (d) return Reading{*d, false, c.at(), ambiguous};
      }
    }
  }
  {  // 14 Mar 2026, 14-Mar-2026, 14th March 2026, 14 Mar
    Cursor c(toks, i);
    const auto d = c.num(1, 2);
    if (d) c.skip_ordinal();
    const char s = d ? c.sep("-.") : 0;
    if (d) c.skip_joiner();
    const size_t month_at = c.at();
    const int m = d ? c.month() : 0;
    if (m != 0) {
      c.sep(s == '-' ? "-" : ".");
      c.sep(",");
      c.skip_joiner();
      Cursor with_year = c;
      auto y = with_year.num(4, 4);
      if (!y && two_digit_year_follows(toks, month_at, c, s, o)) y = with_year.num(2, 2);
      if (y) {
        if (!is_valid_date(full_year(*y), m, digits_value(*d))) return std::nullopt;
        return Reading{{full_year(*y), m, digits_value(*d)}, true, with_year.at()};
      }
      // A number right after "14 Mar" would be its year, unless it is an amount ("14 Mar 26.50").
      const Tok* next = c.peek();
      const bool free = !next || next->kind != TokKind::kNum || c.number_continues();
      if (auto date = yearless(m, digits_value(*d), o); date && free) return Reading{*date, false, c.at()};
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
      if (const auto y = with_year.num(4, 4); y && is_valid_date(digits_value(*y), m, digits_value(*d)))
        return Reading{{digits_value(*y), m, digits_value(*d)}, true, with_year.at()};
      if (auto date = yearless(m, digits_value(*d), o)) return Reading{*date, false, c.at()};
    }
  }
  return std::nullopt;
}

bool is_filler(char c) {
  return is_ascii_space(c) || c == ':' || c == ',' || c == ';' || c == '.' || c == '(' || c == ')';
}

}  // namespace

std::optional<Date> plausible_date(int year, int month, int day) {
  if (year < 1900 || year > 2199 || !is_valid_date(year, month, day)) return std::nullopt;
  return Date{year, month, day};
}

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
    out.push_back({r->date, toks[i].begin, toks[r->next - 1].end, r->has_year, r->ambiguous});
    i = r->next;
  }
  return out;
}

std::optional<DateMatch> read_printed_date(std::string_view text, const DateParseOptions& options) {
  const auto found = find_printed_dates(text, options);
  if (found.size() != 1) return std::nullopt;
  for (size_t k = 0; k < text.size(); ++k) {
    if ((k < found[0].begin || k >= found[0].end) && !is_filler(text[k])) return std::nullopt;
  }
  return found[0];
}

std::optional<Date> parse_printed_date(std::string_view text, const DateParseOptions& options) {
  const auto found = read_printed_date(text, options);
  if (!found) return std::nullopt;
  return found->date;
}

}  // namespace kycx::extractors
