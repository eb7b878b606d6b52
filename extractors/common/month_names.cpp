#include "extractors/common/month_names.hpp"

#include <string>

#include "core/ascii.hpp"
#include "extractors/common/text_match.hpp"

namespace kycx::extractors {

namespace {

enum class Language { kEnglish, kFrench, kGerman, kSpanish, kItalian, kDutch, kSwedish };

struct MonthName {
  std::string_view name;  // folded: lower case, no accents
  int month;
  Language language;
  bool abbreviation;  // as visual zones print months; English full names are not
};

// Month names and the abbreviations identity documents print, by language.
// A name several languages share is listed once.
constexpr MonthName kMonthNames[] = {
    {"january", 1, Language::kEnglish, false},   {"february", 2, Language::kEnglish, false},
    {"march", 3, Language::kEnglish, false},     {"april", 4, Language::kEnglish, false},
    {"may", 5, Language::kEnglish, false},       {"june", 6, Language::kEnglish, false},
    {"july", 7, Language::kEnglish, false},      {"august", 8, Language::kEnglish, false},
    {"september", 9, Language::kEnglish, false}, {"october", 10, Language::kEnglish, false},
    {"november", 11, Language::kEnglish, false}, {"december", 12, Language::kEnglish, false},
    {"jan", 1, Language::kEnglish, true},        {"feb", 2, Language::kEnglish, true},
    {"mar", 3, Language::kEnglish, true},        {"apr", 4, Language::kEnglish, true},
    {"may", 5, Language::kEnglish, true},        {"jun", 6, Language::kEnglish, true},
    {"jul", 7, Language::kEnglish, true},        {"aug", 8, Language::kEnglish, true},
    {"sep", 9, Language::kEnglish, true},        {"sept", 9, Language::kEnglish, true},
    {"oct", 10, Language::kEnglish, true},       {"nov", 11, Language::kEnglish, true},
    {"dec", 12, Language::kEnglish, true},       {"janv", 1, Language::kFrench, true},
    {"fev", 2, Language::kFrench, true},         {"mars", 3, Language::kFrench, true},
    {"avr", 4, Language::kFrench, true},         {"mai", 5, Language::kFrench, true},
    {"juin", 6, Language::kFrench, true},        {"juil", 7, Language::kFrench, true},
    {"aout", 8, Language::kFrench, true},        {"febr", 2, Language::kGerman, true},
    {"maerz", 3, Language::kGerman, true},       {"okt", 10, Language::kGerman, true},
    {"dez", 12, Language::kGerman, true},        {"ene", 1, Language::kSpanish, true},
    {"abr", 4, Language::kSpanish, true},        {"ago", 8, Language::kSpanish, true},
    {"dic", 12, Language::kSpanish, true},       {"gen", 1, Language::kItalian, true},
    {"mag", 5, Language::kItalian, true},        {"giu", 6, Language::kItalian, true},
    {"lug", 7, Language::kItalian, true},        {"set", 9, Language::kItalian, true},
    {"ott", 10, Language::kItalian, true},       {"mrt", 3, Language::kDutch, true},
    {"mei", 5, Language::kDutch, true},          {"maj", 5, Language::kSwedish, true},
};

// A month as a zone prints it: any language's abbreviation, exactly.
int zone_month_name(std::string_view token) {
  for (const MonthName& m : kMonthNames) {
    if (m.abbreviation && token == m.name) return m.month;
  }
  return 0;
}

}  // namespace

int english_month(std::string_view word) {
  const std::string w = ascii_lower(word);
  for (const MonthName& m : kMonthNames) {
    if (m.language == Language::kEnglish && w == m.name) return m.month;
  }
  if (w.size() < 4) return 0;
  for (const MonthName& m : kMonthNames) {
    if (m.language == Language::kEnglish && !m.abbreviation && m.name.size() >= 4 && fuzzy_word_equal(w, m.name)) {
      return m.month;
    }
  }
  return 0;
}

int zone_month(std::string_view token) {
  if (const int m = zone_month_name(token)) return m;
  // Two names of the same month around one character: "AUG/AOUT" read "AUGIAOUT".
  for (size_t k = 3; k + 4 <= token.size(); ++k) {
    const int first = zone_month_name(token.substr(0, k));
    if (first != 0 && first == zone_month_name(token.substr(k + 1))) return first;
  }
  return 0;
}

}  // namespace kycx::extractors
