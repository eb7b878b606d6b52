#include "extractors/mrz/mrz_visual_check.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/ascii.hpp"
#include "extractors/common/confusions.hpp"
#include "extractors/common/text_match.hpp"

namespace kycx::extractors::mrz {

namespace {

enum class Kind { kName, kNumber, kDate };

struct Compared {
  const char* field;
  Kind kind;
  bool always;  // a check (skipped if need be) even when the zone shows nothing readable
};

constexpr std::array<Compared, 5> kCompared{{{"surname", Kind::kName, true},
                                             {"given_names", Kind::kName, false},
                                             {"document_number", Kind::kNumber, true},
                                             {"date_of_birth", Kind::kDate, true},
                                             {"date_of_expiry", Kind::kDate, true}}};

// Replaces every occurrence of the UTF-8 sequences in `from` by `to`.
std::string replace_all(std::string text, std::initializer_list<std::pair<std::string_view, std::string_view>> map) {
  for (const auto& [from, to] : map) {
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
      text.replace(at, from.size(), to);
    }
  }
  return text;
}

std::string letters_upper(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (std::isalpha(static_cast<unsigned char>(c)))
      out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  return out;
}

// "MUELLER" -> "MULLER", "AASA" -> "ASA": the MRZ form of a name whose
// umlauts and rings were printed (or read) as plain vowels.
std::string without_umlaut_e(const std::string& mrz) {
  std::string out;
  for (size_t i = 0; i < mrz.size(); ++i) {
    out.push_back(mrz[i]);
    const char c = mrz[i];
    if ((c == 'A' || c == 'O' || c == 'U') && i + 1 < mrz.size() && mrz[i + 1] == 'E') ++i;
    if (c == 'A' && i + 1 < mrz.size() && mrz[i + 1] == 'A') ++i;  // Å -> AA
  }
  return out;
}

bool same(Kind kind, const std::string& printed, const std::string& value, bool truncated) {
  switch (kind) {
    case Kind::kName: {
      const std::string want = letters_upper(value);
      if (want.empty()) return false;
      // ICAO's Ä -> AE on both sides; or the umlaut lost by OCR (MULLER) or by the
      // printer, against the MRZ with the E of AE, OE, UE dropped.
      const std::pair<std::string, bool> keys[] = {{want, false}, {without_umlaut_e(want), true}};
      for (const auto& [mrz, plain] : keys) {
        const std::string key = mrz_name_key(printed, plain);
        if (key == mrz || (truncated && key.size() > mrz.size() && key.compare(0, mrz.size(), mrz) == 0)) {
          return true;
        }
      }
      return false;
    }
    case Kind::kNumber: return !value.empty() && number_key(printed) == number_key(value);
    case Kind::kDate: {
      const auto date = parse_canonical_date(value);
      const auto shown = parse_zone_date(printed);
      return date && shown && shown->means(*date);
    }
  }
  return false;
}

// A reading that differs from the MRZ's value only as OCR errors do.
bool near(Kind kind, const std::string& printed, const std::string& value) {
  std::string a, b;
  switch (kind) {
    case Kind::kName: {
      b = letters_upper(value);
      const int allowed = std::max<int>(1, static_cast<int>(b.size()) / 6);
      for (bool plain : {false, true}) {
        if (edit_distance(mrz_name_key(printed, plain), b, allowed) <= allowed) return true;
      }
      return false;
    }
    case Kind::kNumber: a = number_key(printed), b = number_key(value); break;
    case Kind::kDate: {
      const auto date = parse_canonical_date(value);
      const auto shown = parse_zone_date(printed);
      if (!date || !shown) return false;
      const int year = shown->two_digit_year ? date->year % 100 : date->year;
      a = std::to_string(shown->printed.day) + "." + std::to_string(shown->printed.month) + "." +
          std::to_string(shown->printed.year);
      b = std::to_string(date->day) + "." + std::to_string(date->month) + "." + std::to_string(year);
      break;
    }
  }
  if (a.empty() || b.empty()) return false;
  const int allowed = std::max<int>(1, static_cast<int>(b.size()) / 8);
  return edit_distance(a, b, allowed) <= allowed;
}

// The MRZ's value among the words of the pages: runs of up to four words of a line.
std::optional<SourceRef> search(const std::vector<ocr::Page>& pages, Kind kind, const std::string& value,
                                bool truncated) {
  for (size_t p = 0; p < pages.size(); ++p) {
    const ocr::PageText& text = pages[p].text;
    for (const ocr::Line& line : text.lines) {
      for (int first = line.first_word; first < line.first_word + line.word_count; ++first) {
        std::string run;
        SourceRef source{static_cast<int>(p) + 1, {}, {}};
        for (int w = first; w < first + 4 && w < line.first_word + line.word_count; ++w) {
          if (!run.empty()) run.push_back(' ');
          run += text.words[size_t(w)].text;
          source.bbox = united(source.bbox, text.words[size_t(w)].box);
          if (same(kind, run, value, truncated)) {
            source.text = run;
            return source;
          }
        }
      }
    }
  }
  return std::nullopt;
}

}  // namespace

std::string mrz_name_key(std::string_view printed, bool plain) {
  std::string text(printed);
  if (plain) {
    text = replace_all(std::move(text), {{"\xC3\x84", "A"},
                                         {"\xC3\xA4", "a"},
                                         {"\xC3\x96", "O"},
                                         {"\xC3\xB6", "o"},
                                         {"\xC3\x9C", "U"},
                                         {"\xC3\xBC", "u"},
                                         {"\xC3\x85", "A"},
                                         {"\xC3\xA5", "a"}});
  } else {
    text = replace_all(std::move(text), {{"\xC3\x85", "AA"}, {"\xC3\xA5", "aa"}});
  }
  return letters_upper(fold(text));
}

std::vector<VisualCheck> check_against_visual(const std::map<std::string, std::string>& mrz_values,
                                              const std::vector<VisualValue>& visual,
                                              const std::vector<ocr::Page>& pages, const VisualCheckOptions& options) {
  std::vector<VisualCheck> out;
  for (const Compared& c : kCompared) {
    const auto value = mrz_values.find(c.field);
    if (value == mrz_values.end() || value->second.empty()) continue;
    const bool truncated = c.kind == Kind::kName && options.name_truncated;
    const auto read =
        std::find_if(visual.begin(), visual.end(), [&](const VisualValue& v) { return v.field == c.field; });
    const VisualValue* shown = read == visual.end() ? nullptr : &*read;
    VisualCheck check;
    check.field = c.field;
    const std::string name(c.field);
    if (shown && same(c.kind, shown->text, value->second, truncated)) {
      check.result = CheckResult::kPass;
      check.visual_source = shown->source;
    } else if (auto found = search(pages, c.kind, value->second, truncated)) {
      check.result = CheckResult::kPass;
      check.visual_source = found;
    } else if (shown && near(c.kind, shown->text, value->second)) {
      check.message = "the visual zone's " + name + " differs only as OCR errors do; not compared";
    } else if (shown && c.kind == Kind::kDate && !parse_zone_date(shown->text)) {
      check.message = "the visual zone's " + name + " does not read as a date; not compared";
    } else if (shown && shown->confidence >= options.min_conflict_confidence) {
      check.result = CheckResult::kFail;
      check.visual_source = shown->source;
      check.message = "the visual zone prints a different " + name + " than the MRZ";
    } else if (shown) {
      check.message = "the visual zone's " + name + " is too uncertain to compare";
    } else {
      check.message = "the visual zone does not show a readable " + name;
    }
    if (check.result == CheckResult::kSkipped && !c.always && !shown) continue;
    out.push_back(std::move(check));
  }
  return out;
}

}  // namespace kycx::extractors::mrz
