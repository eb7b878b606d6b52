#include "extractors/common/text_match.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>

#include "core/ascii.hpp"

namespace kycx::extractors {

namespace {

// Decodes one UTF-8 code point at s[i]; advances i. Invalid bytes yield U+FFFD.
std::uint32_t next_code_point(std::string_view s, size_t& i) {
  const auto b = static_cast<unsigned char>(s[i]);
  int len = 1;
  std::uint32_t cp = b;
  if (b >= 0xF0)
    cp = b & 0x07, len = 4;
  else if (b >= 0xE0)
    cp = b & 0x0F, len = 3;
  else if (b >= 0xC0)
    cp = b & 0x1F, len = 2;
  else if (b >= 0x80) {
    ++i;
    return 0xFFFD;
  }
  if (i + static_cast<size_t>(len) > s.size()) {
    i = s.size();
    return 0xFFFD;
  }
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<size_t>(k)]) & 0x3F);
  i += static_cast<size_t>(len);
  return cp;
}

// ASCII letters for the Latin-1 and Latin Extended-A letters documents use.
std::string_view ascii_of(std::uint32_t cp) {
  if (cp < 0xC0 || cp > 0x17F) return {};
  static constexpr std::string_view kLatin1[64] = {
      "a", "a", "a", "a", "ae", "a", "ae", "c", "e",  "e", "e", "e", "i",  "i", "i",  "i",   // C0-CF
      "d", "n", "o", "o", "o",  "o", "oe", "",  "oe", "u", "u", "u", "ue", "y", "th", "ss",  // D0-DF
      "a", "a", "a", "a", "ae", "a", "ae", "c", "e",  "e", "e", "e", "i",  "i", "i",  "i",   // E0-EF
      "d", "n", "o", "o", "o",  "o", "oe", "",  "oe", "u", "u", "u", "ue", "y", "th", "y",   // F0-FF
  };
  if (cp < 0x100) return kLatin1[cp - 0xC0];
  // Latin Extended-A as ranges of the same base letter (last code point, letters).
  static constexpr std::pair<std::uint32_t, std::string_view> kExtA[] = {
      {0x105, "a"}, {0x10D, "c"}, {0x111, "d"}, {0x11B, "e"}, {0x123, "g"}, {0x127, "h"},  {0x131, "i"}, {0x133, "ij"},
      {0x135, "j"}, {0x138, "k"}, {0x142, "l"}, {0x14B, "n"}, {0x151, "o"}, {0x153, "oe"}, {0x159, "r"}, {0x161, "s"},
      {0x167, "t"}, {0x173, "u"}, {0x175, "w"}, {0x178, "y"}, {0x17E, "z"}, {0x17F, "s"}};
  for (const auto& [last, letters] : kExtA) {
    if (cp <= last) return letters;
  }
  return {};
}

}  // namespace

std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = true;
  auto put = [&](char c) {
    if (c == ' ') {
      if (!space) out.push_back(' ');
      space = true;
    } else {
      out.push_back(c);
      space = false;
    }
  };
  for (size_t i = 0; i < text.size();) {
    const std::uint32_t cp = next_code_point(text, i);
    if (cp < 0x80) {
      const char c = static_cast<char>(cp);
      if (c >= 'A' && c <= 'Z')
        put(static_cast<char>(c - 'A' + 'a'));
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '#' || c == '%' || c == '&')
        put(c);
      else
        put(' ');
    } else if (auto ascii = ascii_of(cp); !ascii.empty()) {
      for (char c : ascii) put(c);
    } else {
      put(' ');
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

int edit_distance(std::string_view a, std::string_view b, int cap) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > cap) return cap + 1;
  std::vector<int> prev(static_cast<size_t>(m) + 1), cur(static_cast<size_t>(m) + 1);
  for (int j = 0; j <= m; ++j) prev[static_cast<size_t>(j)] = j;
  for (int i = 1; i <= n; ++i) {
    cur[0] = i;
    int row_min = cur[0];
    for (int j = 1; j <= m; ++j) {
      const int sub =
          prev[static_cast<size_t>(j - 1)] + (a[static_cast<size_t>(i - 1)] != b[static_cast<size_t>(j - 1)]);
      cur[static_cast<size_t>(j)] =
          std::min({prev[static_cast<size_t>(j)] + 1, cur[static_cast<size_t>(j - 1)] + 1, sub});
      row_min = std::min(row_min, cur[static_cast<size_t>(j)]);
    }
    if (row_min > cap) return cap + 1;
    std::swap(prev, cur);
  }
  return std::min(prev[static_cast<size_t>(m)], cap + 1);
}

namespace {

// Real words one edit apart that mean different things on the same page: a
// word printed as one of them is never read as the other.
constexpr std::string_view kDistinctWords[] = {"employee", "employer", "employees", "employers", "payee", "payer"};

bool distinct_word(std::string_view w) {
  return std::find(std::begin(kDistinctWords), std::end(kDistinctWords), w) != std::end(kDistinctWords);
}

}  // namespace

bool fuzzy_word_equal(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (distinct_word(a) && distinct_word(b)) return false;
  const size_t len = std::max(a.size(), b.size());
  const int allowed = len >= 9 ? 2 : len >= 5 ? 1 : 0;
  return allowed > 0 && edit_distance(a, b, allowed) <= allowed;
}

namespace {

std::vector<PhraseHit> find_phrase_with(const std::vector<ocr::Page>& pages, std::string_view phrase, bool fuzzy) {
  std::vector<std::string> want;
  {
    const std::string f = fold(phrase);
    size_t start = 0;
    while (start < f.size()) {
      const size_t end = f.find(' ', start);
      want.push_back(f.substr(start, end == std::string::npos ? std::string::npos : end - start));
      if (end == std::string::npos) break;
      start = end + 1;
    }
  }
  std::vector<PhraseHit> hits;
  if (want.empty()) return hits;
  for (size_t p = 0; p < pages.size(); ++p) {
    const ocr::PageText& text = pages[p].text;
    for (size_t l = 0; l < text.lines.size(); ++l) {
      const ocr::Line& line = text.lines[l];
      // Tokens of the line, each remembering the word it came from.
      std::vector<std::pair<std::string, int>> tokens;
      for (int w = line.first_word; w < line.first_word + line.word_count; ++w) {
        const std::string f = fold(text.words[static_cast<size_t>(w)].text);
        size_t start = 0;
        while (start < f.size()) {
          const size_t end = f.find(' ', start);
          tokens.emplace_back(f.substr(start, end == std::string::npos ? std::string::npos : end - start), w);
          if (end == std::string::npos) break;
          start = end + 1;
        }
      }
      for (size_t t = 0; t + want.size() <= tokens.size(); ++t) {
        bool match = true;
        for (size_t k = 0; k < want.size() && match; ++k) {
          match = fuzzy ? fuzzy_word_equal(tokens[t + k].first, want[k]) : tokens[t + k].first == want[k];
        }
        if (!match) continue;
        const int first = tokens[t].second, last = tokens[t + want.size() - 1].second;
        hits.push_back({static_cast<int>(p), static_cast<int>(l), first, last - first + 1});
      }
    }
  }
  return hits;
}

}  // namespace

std::vector<PhraseHit> find_phrase(const std::vector<ocr::Page>& pages, std::string_view phrase) {
  return find_phrase_with(pages, phrase, true);
}

std::vector<PhraseHit> find_exact_phrase(const std::vector<ocr::Page>& pages, std::string_view phrase) {
  return find_phrase_with(pages, phrase, false);
}

std::string folded_text(const std::vector<ocr::Page>& pages) {
  std::string out;
  for (const auto& page : pages) {
    for (size_t l = 0; l < page.text.lines.size(); ++l) {
      out += fold(page.text.line_text(l));
      out.push_back('\n');
    }
  }
  return out;
}

bool same_reading(const Json& a, const Json& b) {
  if (a.is_string() && b.is_string()) {
    const std::string x = fold(a.get<std::string>()), y = fold(b.get<std::string>());
    if (x == y) return true;
    // Numbers and codes printed in groups: "424 627 5090" is "424-627-5090".
    auto compact = [](std::string s) {
      std::erase(s, ' ');
      return s;
    };
    return has_ascii_digit(x) && compact(x) == compact(y);
  }
  if (a.is_number() && b.is_number()) return std::abs(a.get<double>() - b.get<double>()) < 0.005;
  return a == b;
}

std::string_view strip_stray_marks(std::string_view s) {
  auto keep = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  while (!s.empty() && !keep(s.front())) s.remove_prefix(1);
  while (!s.empty() && !keep(s.back())) s.remove_suffix(1);
  return s;
}

std::string_view trim_punctuation(std::string_view s) {
  auto punct = [](char c) { return c == ':' || c == ',' || c == '.' || c == ';' || c == '"' || c == '\''; };
  while (!s.empty() && punct(s.front())) s.remove_prefix(1);
  while (!s.empty() && punct(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace kycx::extractors
