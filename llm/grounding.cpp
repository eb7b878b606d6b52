#include "llm/grounding.hpp"

#include <algorithm>
#include <cctype>

#include "core/value_format.hpp"
#include "extractors/common/printed_dates.hpp"
#include "extractors/common/printed_money.hpp"

namespace kycx::llm {

namespace {

constexpr size_t kMaxSpanWords = 16;

struct WordRef {
  int page = 0;  // index into pages
  int word = 0;  // index into that page's words
};

struct Target {
  std::string key;                      // alnum_key of the value
  std::optional<Date> date;             // when the value is a canonical date
  std::optional<std::int64_t> cents;    // absolute cents when the value is canonical money
  std::optional<std::string> currency;  // when the value is a three-letter code such as "USD"
};

bool span_matches(const Target& t, const std::string& span) {
  if (alnum_key(span) == t.key) return true;
  if (t.date) {
    for (const auto order : {extractors::DayOrder::kMonthFirst, extractors::DayOrder::kDayFirst}) {
      if (extractors::parse_printed_date(span, {.order = order, .year_hint = std::nullopt}) == t.date) return true;
    }
  }
  if (t.cents || t.currency) {
    // A currency code is printed as its symbol as often as by name ("$" for USD or CAD).
    static constexpr std::string_view kDollars = "USD CAD AUD NZD SGD HKD MXN";
    extractors::MoneyParseOptions options;
    if (t.currency && kDollars.find(*t.currency) != std::string_view::npos) options.dollar_currency = *t.currency;
    const auto money = extractors::parse_printed_money(span, options);
    if (money && t.cents && (money->cents < 0 ? -money->cents : money->cents) == *t.cents) return true;
    if (money && t.currency && money->currency == *t.currency) return true;
    if (t.currency && extractors::currency_from_printed(span, *t.currency) == *t.currency) return true;
  }
  return false;
}

// The first (then shortest) run of consecutive words in `words` matching `t`.
std::optional<std::pair<size_t, size_t>> find_span(const Target& t, const std::vector<ocr::Page>& pages,
                                                   const std::vector<WordRef>& words) {
  for (size_t start = 0; start < words.size(); ++start) {
    std::string span;
    for (size_t end = start; end < words.size() && end - start < kMaxSpanWords; ++end) {
      if (end > start) span.push_back(' ');
      span += pages[words[end].page].text.words[words[end].word].text;
      if (alnum_key(span).size() > t.key.size() + 24) break;  // far longer than any print form of it
      if (span_matches(t, span)) return std::make_pair(start, end + 1);
    }
  }
  return std::nullopt;
}

std::vector<WordRef> words_of(const std::vector<ocr::Page>& pages, const LineRef& line) {
  std::vector<WordRef> out;
  const auto& text = pages[line.page_index].text;
  const auto& l = text.lines[line.line_index];
  for (int w = l.first_word; w < l.first_word + l.word_count; ++w) out.push_back({line.page_index, w});
  return out;
}

Grounding to_grounding(const std::vector<ocr::Page>& pages, const std::vector<WordRef>& words, size_t begin,
                       size_t end) {
  Grounding g;
  g.found = true;
  g.min_confidence = 1.0;
  for (size_t i = begin; i < end; ++i) {
    const auto& page = pages[words[i].page].text;
    const ocr::Word& w = page.words[words[i].word];
    g.min_confidence = std::min(g.min_confidence, static_cast<double>(w.confidence));
    SourceRef* same_line = nullptr;
    if (i > begin) {
      const auto& prev = pages[words[i - 1].page].text.words[words[i - 1].word];
      if (words[i - 1].page == words[i].page && prev.line == w.line) same_line = &g.sources.back();
    }
    if (same_line) {
      same_line->bbox = united(same_line->bbox, w.box);
      same_line->text += " " + w.text;
    } else {
      g.sources.push_back({page.info.page, w.box, w.text});
    }
  }
  return g;
}

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

Grounding ground_value(const Json& value, const std::vector<ocr::Page>& pages, const std::vector<LineRef>& cited) {
  if (value.is_null() || value.is_array() || value.is_object()) return {};
  const std::string text = value.is_string() ? value.get<std::string>() : value.dump();
  Target t{alnum_key(text), parse_canonical_date(text), std::nullopt, std::nullopt};
  if (auto cents = parse_canonical_money(text)) t.cents = *cents < 0 ? -*cents : *cents;
  if (text.size() == 3 && std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    t.currency = text;
  }
  if (t.key.empty()) return {};

  std::vector<WordRef> cited_words;
  for (const auto& line : cited) {
    auto w = words_of(pages, line);
    cited_words.insert(cited_words.end(), w.begin(), w.end());
  }
  if (auto span = find_span(t, pages, cited_words)) {
    Grounding g = to_grounding(pages, cited_words, span->first, span->second);
    g.in_cited_lines = true;
    return g;
  }
  if (t.key.size() < 4) return {};
  for (int p = 0; p < static_cast<int>(pages.size()); ++p) {
    for (int l = 0; l < static_cast<int>(pages[p].text.lines.size()); ++l) {
      const auto words = words_of(pages, {p, l});
      if (auto span = find_span(t, pages, words)) return to_grounding(pages, words, span->first, span->second);
    }
  }
  return {};
}

}  // namespace kycx::llm
