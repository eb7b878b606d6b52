#include "llm/redactor.hpp"

#include <algorithm>
#include <cctype>

#include "core/ascii.hpp"
#include "core/checksums.hpp"
#include "core/value_format.hpp"

namespace kycx::llm {

namespace {

using Words = std::vector<std::string>;

int digit_count(std::string_view s) {
  return static_cast<int>(std::count_if(s.begin(), s.end(), is_ascii_digit));
}

// A word without the punctuation around it: "(123-45-6789)," -> "123-45-6789".
struct Core {
  std::string_view prefix, core, suffix;
};
Core core_of(std::string_view w) {
  const auto keep = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  size_t b = 0;
  while (b < w.size() && !keep(w[b])) ++b;
  size_t e = w.size();
  while (e > b && !keep(w[e - 1])) --e;
  return {w.substr(0, b), w.substr(b, e - b), w.substr(e)};
}

// "ddd-dd-dddd" (with '-' or ' ' between groups).
bool ssn_shape(std::string_view s) {
  return s.size() == 11 && all_ascii_digits(s.substr(0, 3)) && (s[3] == '-' || s[3] == ' ') &&
         all_ascii_digits(s.substr(4, 2)) && s[6] == s[3] && all_ascii_digits(s.substr(7, 4));
}

bool looks_like_date(std::string_view digits) {
  if (digits.size() != 8) return false;
  const int y = std::stoi(std::string(digits.substr(0, 4)));
  return is_valid_date(y, std::stoi(std::string(digits.substr(4, 2))), std::stoi(std::string(digits.substr(6, 2)))) &&
         y >= 1900 && y <= 2100;
}

// "2024-01-15", "15-01-2024", "1-15-2024": groups of (4,2,2) or (1-2,1-2,4) digits.
bool date_with_dashes(std::string_view s) {
  std::vector<size_t> sizes;
  size_t start = 0;
  for (size_t dash = s.find('-');; dash = s.find('-', start)) {
    sizes.push_back((dash == std::string_view::npos ? s.size() : dash) - start);
    if (dash == std::string_view::npos) break;
    start = dash + 1;
  }
  if (sizes.size() != 3) return false;
  if (sizes[0] == 4) return sizes[1] <= 2 && sizes[2] <= 2;
  return sizes[0] <= 2 && sizes[1] <= 2 && sizes[2] == 4;
}

// Each recogniser returns how many words from `i` it covers (0: no match).
size_t match_ssn(const Words& w, size_t i) {
  if (ssn_shape(core_of(w[i]).core)) return 1;
  if (i + 2 < w.size()) {
    const auto a = core_of(w[i]).core, b = core_of(w[i + 1]).core, c = core_of(w[i + 2]).core;
    if (a.size() == 3 && b.size() == 2 && c.size() == 4 && all_ascii_digits(a) && all_ascii_digits(b) &&
        all_ascii_digits(c))
      return 3;
  }
  return 0;
}

size_t match_card(const Words& w, size_t i) {
  std::string digits;
  for (size_t k = 0; k < 5 && i + k < w.size(); ++k) {
    const auto c = core_of(w[i + k]).core;
    if (!std::all_of(c.begin(), c.end(), [](char ch) { return is_ascii_digit(ch) || ch == '-'; }) || c.empty())
      return 0;
    for (char ch : c) {
      if (is_ascii_digit(ch)) digits.push_back(ch);
    }
    if (digits.size() > 19) return 0;
    if (digits.size() >= 13 && luhn_valid(digits)) return k + 1;
  }
  return 0;
}

bool iban_start(std::string_view c) {
  return c.size() >= 4 && is_ascii_upper(c[0]) && is_ascii_upper(c[1]) && is_ascii_digit(c[2]) && is_ascii_digit(c[3]);
}
bool alnum_upper(std::string_view c) {
  return !c.empty() &&
         std::all_of(c.begin(), c.end(), [](char ch) { return is_ascii_digit(ch) || is_ascii_upper(ch); });
}

size_t match_account(const Words& w, size_t i) {
  const auto c = core_of(w[i]).core;
  // IBAN, in one piece or in groups of four.
  if (iban_start(c) && alnum_upper(c)) {
    size_t length = c.size(), k = 1;
    while (c.size() <= 4 && i + k < w.size() && length < 34) {
      const auto next = core_of(w[i + k]).core;
      if (next.size() > 4 || !alnum_upper(next)) break;
      length += next.size();
      ++k;
    }
    if (length >= 15 && length <= 34) return k;
  }
  // Digits, perhaps grouped by '-': at least six, not a date, ZIP+4 or phone tail.
  if (c.empty() || !is_ascii_digit(c.front())) return 0;
  if (!std::all_of(c.begin(), c.end(), [](char ch) { return is_ascii_digit(ch) || ch == '-'; })) return 0;
  const int digits = digit_count(c);
  if (digits < 6) return 0;
  if (c.size() == 10 && c[5] == '-' && digits == 9) return 0;  // ZIP+4
  if (c.size() == 8 && c[3] == '-' && digits == 7) return 0;   // phone 555-1234
  if (all_ascii_digits(c) && looks_like_date(c)) return 0;
  if (date_with_dashes(c)) return 0;
  return 1;
}

size_t match_id_number(const Words& w, size_t i) {
  const auto c = core_of(w[i]).core;
  if (c.size() < 6 || c.size() > 12 || !alnum_upper(c) || digit_count(c) < 5) return 0;
  if (all_ascii_digits(c) && looks_like_date(c)) return 0;
  return 1;
}

using Recogniser = size_t (*)(const Words&, size_t);

Recogniser recogniser_for(const std::string& klass) {
  if (klass == "ssn") return match_ssn;
  if (klass == "card_number") return match_card;
  if (klass == "account_number") return match_account;
  return match_id_number;
}

}  // namespace

Redactor::Redactor(const std::vector<std::string>& classes) {
  // Most specific shapes first, so an SSN is not taken for an id number.
  classes_ = {"ssn", "card_number"};
  for (const char* k : {"account_number"}) {
    if (std::find(classes.begin(), classes.end(), k) != classes.end()) classes_.emplace_back(k);
  }
  for (const auto& k : classes) {
    if (k.empty() || std::find(classes_.begin(), classes_.end(), k) != classes_.end()) continue;
    classes_.push_back(k);
  }
}

const std::string& Redactor::placeholder_for(const std::string& klass, const std::string& original) {
  for (const auto& e : entries_) {
    if (e.original == original) return e.placeholder;
  }
  const auto n = std::count_if(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.klass == klass; });
  entries_.push_back({klass, original, "[" + ascii_upper(klass) + "_" + std::to_string(n + 1) + "]"});
  return entries_.back().placeholder;
}

std::string Redactor::redact_words(const std::vector<std::string>& words) {
  std::string out;
  for (size_t i = 0; i < words.size();) {
    size_t covered = 0;
    std::string klass;
    for (const auto& k : classes_) {
      covered = recogniser_for(k)(words, i);
      if (covered > 0) {
        klass = k;
        break;
      }
    }
    if (!out.empty()) out.push_back(' ');
    if (covered == 0) {
      out += words[i];
      ++i;
      continue;
    }
    // Keep the punctuation around the span; redact its core.
    const Core first = core_of(words[i]);
    const Core last = core_of(words[i + covered - 1]);
    std::string original(first.core);
    for (size_t k = 1; k < covered; ++k) {
      original += ' ';
      original += k + 1 == covered ? std::string(last.core) : words[i + k];
    }
    if (covered == 1) original = std::string(first.core);
    out += std::string(first.prefix) + placeholder_for(klass, original) + std::string(last.suffix);
    i += covered;
  }
  return out;
}

std::string Redactor::redact_known(std::string text) const {
  std::vector<const Entry*> by_length;
  for (const auto& e : entries_) {
    if (e.original.size() >= 6 && e.original.find(' ') == std::string::npos) by_length.push_back(&e);
  }
  std::sort(by_length.begin(), by_length.end(),
            [](const Entry* a, const Entry* b) { return a->original.size() > b->original.size(); });
  for (const Entry* e : by_length) {
    for (size_t at = text.find(e->original); at != std::string::npos; at = text.find(e->original, at)) {
      text.replace(at, e->original.size(), e->placeholder);
      at += e->placeholder.size();
    }
  }
  return text;
}

std::string Redactor::restore(std::string_view text) const {
  std::string out(text);
  for (const auto& e : entries_) {
    for (size_t at = out.find(e.placeholder); at != std::string::npos; at = out.find(e.placeholder, at)) {
      out.replace(at, e.placeholder.size(), e.original);
      at += e.original.size();
    }
  }
  return out;
}

Json Redactor::restore_values(const Json& value) const {
  if (value.is_string()) return restore(value.get<std::string>());
  if (value.is_array() || value.is_object()) {
    Json out = value;
    for (auto& item : out) item = restore_values(item);
    return out;
  }
  return value;
}

std::map<std::string, int> Redactor::counts() const {
  std::map<std::string, int> out;
  for (const auto& e : entries_) ++out[e.klass];
  return out;
}

}  // namespace kycx::llm
