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
  bool in_zones;  // an abbreviation visual zones print; full names are not
};

using L = Language;

// Month names and the abbreviations documents print, by language. A name
// several languages share is listed once. Free text is read in English, French,
// Spanish, German and Dutch (statements, stubs and bills of US, UK, Canadian
// and euro-area issuers); visual zones print the abbreviations of seven languages.
constexpr MonthName kMonthNames[] = {
    {"january", 1, L::kEnglish, false},    {"february", 2, L::kEnglish, false},  {"march", 3, L::kEnglish, false},
    {"april", 4, L::kEnglish, false},      {"may", 5, L::kEnglish, false},       {"june", 6, L::kEnglish, false},
    {"july", 7, L::kEnglish, false},       {"august", 8, L::kEnglish, false},    {"september", 9, L::kEnglish, false},
    {"october", 10, L::kEnglish, false},   {"november", 11, L::kEnglish, false}, {"december", 12, L::kEnglish, false},
    {"jan", 1, L::kEnglish, true},         {"feb", 2, L::kEnglish, true},        {"mar", 3, L::kEnglish, true},
    {"apr", 4, L::kEnglish, true},         {"may", 5, L::kEnglish, true},        {"jun", 6, L::kEnglish, true},
    {"jul", 7, L::kEnglish, true},         {"aug", 8, L::kEnglish, true},        {"sep", 9, L::kEnglish, true},
    {"sept", 9, L::kEnglish, true},        {"oct", 10, L::kEnglish, true},       {"nov", 11, L::kEnglish, true},
    {"dec", 12, L::kEnglish, true},        {"janvier", 1, L::kFrench, false},    {"fevrier", 2, L::kFrench, false},
    {"avril", 4, L::kFrench, false},       {"juillet", 7, L::kFrench, false},    {"septembre", 9, L::kFrench, false},
    {"octobre", 10, L::kFrench, false},    {"novembre", 11, L::kFrench, false},  {"decembre", 12, L::kFrench, false},
    {"janv", 1, L::kFrench, true},         {"fev", 2, L::kFrench, true},         {"fevr", 2, L::kFrench, false},
    {"mars", 3, L::kFrench, true},         {"avr", 4, L::kFrench, true},         {"mai", 5, L::kFrench, true},
    {"juin", 6, L::kFrench, true},         {"juil", 7, L::kFrench, true},        {"aout", 8, L::kFrench, true},
    {"enero", 1, L::kSpanish, false},      {"febrero", 2, L::kSpanish, false},   {"marzo", 3, L::kSpanish, false},
    {"abril", 4, L::kSpanish, false},      {"mayo", 5, L::kSpanish, false},      {"junio", 6, L::kSpanish, false},
    {"julio", 7, L::kSpanish, false},      {"agosto", 8, L::kSpanish, false},    {"septiembre", 9, L::kSpanish, false},
    {"setiembre", 9, L::kSpanish, false},  {"octubre", 10, L::kSpanish, false},  {"noviembre", 11, L::kSpanish, false},
    {"diciembre", 12, L::kSpanish, false}, {"ene", 1, L::kSpanish, true},        {"abr", 4, L::kSpanish, true},
    {"ago", 8, L::kSpanish, true},         {"dic", 12, L::kSpanish, true},       {"febr", 2, L::kGerman, true},
    {"maerz", 3, L::kGerman, true},        {"okt", 10, L::kGerman, true},        {"dez", 12, L::kGerman, true},
    {"gen", 1, L::kItalian, true},         {"mag", 5, L::kItalian, true},        {"giu", 6, L::kItalian, true},
    {"lug", 7, L::kItalian, true},         {"set", 9, L::kItalian, true},        {"ott", 10, L::kItalian, true},
    {"mrt", 3, L::kDutch, true},           {"mei", 5, L::kDutch, true},          {"maj", 5, L::kSwedish, true},
    {"januar", 1, L::kGerman, false},      {"februar", 2, L::kGerman, false},    {"marz", 3, L::kGerman, false},
    {"juni", 6, L::kGerman, false},        {"juli", 7, L::kGerman, false},       {"oktober", 10, L::kGerman, false},
    {"dezember", 12, L::kGerman, false},   {"januari", 1, L::kDutch, false},     {"februari", 2, L::kDutch, false},
    {"maart", 3, L::kDutch, false},        {"augustus", 8, L::kDutch, false},
};

bool in_free_text(Language language) {
  return language == L::kEnglish || language == L::kFrench || language == L::kSpanish || language == L::kGerman ||
         language == L::kDutch;
}

// A month as a zone prints it: any language's abbreviation, exactly.
int zone_month_name(std::string_view token) {
  for (const MonthName& m : kMonthNames) {
    if (m.in_zones && token == m.name) return m.month;
  }
  return 0;
}

}  // namespace

int printed_month(std::string_view word) {
  const std::string w = fold(word);
  for (const MonthName& m : kMonthNames) {
    if (in_free_text(m.language) && w == m.name) return m.month;
  }
  if (w.size() < 4) return 0;
  for (const MonthName& m : kMonthNames) {
    if (m.language == L::kEnglish && !m.in_zones && m.name.size() >= 4 && fuzzy_word_equal(w, m.name)) {
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
