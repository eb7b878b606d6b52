#include "extractors/licence/license_front_check.hpp"

#include <algorithm>
#include <cctype>

#include "extractors/common/confusions.hpp"
#include "extractors/common/text_match.hpp"
#include "extractors/licence/license_front_values.hpp"

namespace kycx::extractors::licence {

namespace {

enum class Kind { kNumber, kWords, kDate, kCode };

Kind kind_of(const std::string& field) {
  if (field == "document_number" || field == "address_postal_code") return Kind::kNumber;
  if (field.rfind("date_", 0) == 0) return Kind::kDate;
  if (field == "sex" || field == "address_state" || field == "issuing_jurisdiction") return Kind::kCode;
  return Kind::kWords;
}

// Whether a printed text means the barcode's value.
bool same(Kind kind, const std::string& printed, const std::string& value) {
  switch (kind) {
    case Kind::kNumber: return !value.empty() && number_key(printed) == number_key(value);
    case Kind::kWords: return !value.empty() && words_key(printed) == words_key(value);
    case Kind::kCode: return words_key(printed) == words_key(value);
    case Kind::kDate: {
      auto date = parse_canonical_date(value);
      if (!date) return false;
      const auto readings = card_date_readings(printed);
      if (readings.empty() && printed == value) return true;  // a canonical value read by the front reader
      return std::find(readings.begin(), readings.end(), *date) != readings.end();
    }
  }
  return false;
}

std::string compact_key(Kind kind, const std::string& text) {
  std::string key = kind == Kind::kNumber ? number_key(text) : words_key(text);
  if (kind == Kind::kDate) {
    key.clear();
    for (char c : text) {
      if (std::isdigit(static_cast<unsigned char>(c))) key.push_back(c);
    }
    return key;
  }
  key.erase(std::remove(key.begin(), key.end(), ' '), key.end());
  return key;
}

// A reading that differs from the barcode's value only as OCR errors do: a
// character or two (more in long values), a lost space, or a field number
// glued in front ("8116 S SUNSET DR" for "116 S SUNSET DR"). Not a conflict.
bool near(Kind kind, const std::string& printed, const std::string& value) {
  if (kind == Kind::kCode) return false;
  std::string a = compact_key(kind, printed);
  std::string b = compact_key(kind, value);
  if (kind == Kind::kDate) {
    auto date = parse_canonical_date(value);
    const auto readings = card_date_readings(printed);
    if (!date || readings.empty()) return false;
    // Compare the front's reading with the barcode's date digit by digit.
    b = format_date(*date);
    a = format_date(readings.front());
  }
  if (a.empty() || b.empty()) return false;
  const int allowed = std::max<int>(1, static_cast<int>(b.size()) / 8);
  for (size_t glued = 0; glued <= 2 && glued < a.size(); ++glued) {
    const std::string rest = a.substr(glued);
    if (edit_distance(rest, b, allowed) <= allowed) return true;
    // OCR lost the end of a long value ("8223 S HARBOR" for "223 S HARBOR LN").
    if (kind == Kind::kWords && rest.size() >= 0.7 * b.size() && b.compare(0, rest.size(), rest) == 0) return true;
  }
  return false;
}

SourceRef source_of(const FrontLine& line, size_t first, size_t count) {
  SourceRef s;
  s.page = line.page;
  for (size_t i = first; i < first + count; ++i) {
    s.bbox = united(s.bbox, line.words[i].box);
    if (!s.text.empty()) s.text.push_back(' ');
    s.text += line.words[i].text;
  }
  return s;
}

// The barcode's value among the front's words: runs of up to six consecutive
// words of a line (a licence number split by OCR, a multi-word street).
std::optional<SourceRef> search(const LicenseFront& front, Kind kind, const std::string& value) {
  if (kind == Kind::kCode) return std::nullopt;  // one or two letters match anywhere; not evidence
  for (const auto& line : front.lines) {
    for (size_t first = 0; first < line.words.size(); ++first) {
      std::string run;
      for (size_t count = 1; count <= 6 && first + count <= line.words.size(); ++count) {
        if (count > 1) run.push_back(' ');
        run += line.words[first + count - 1].text;
        if (same(kind, run, value)) return source_of(line, first, count);
      }
    }
  }
  return std::nullopt;
}

}  // namespace

std::vector<FrontCheck> check_against_front(const std::map<std::string, std::string>& barcode_values,
                                            const LicenseFront& front, const FrontCheckOptions& options) {
  std::vector<FrontCheck> out;
  for (const auto& [field, value] : barcode_values) {
    FrontCheck check;
    check.field = field;
    const Kind kind = kind_of(field);
    const FrontValue* read = front.field(field);
    if (read && (same(kind, read->value, value) || same(kind, read->source.text, value))) {
      check.result = CheckResult::kPass;
      check.front_source = read->source;
    } else if (auto found = search(front, kind, value)) {
      check.result = CheckResult::kPass;
      check.front_source = found;
    } else if (read && (near(kind, read->value, value) || near(kind, read->source.text, value))) {
      check.message = "the front's " + field + " differs only as OCR errors do; not compared";
    } else if (read && !read->labelled && (field == "document_number" || kind == Kind::kDate)) {
      // Placed by layout (the topmost number, dates in order), not read beside its label: too weak to accuse.
      check.message = "the front's " + field + " was placed by layout, not by its label; not compared";
    } else if (read && read->confidence >= options.min_conflict_confidence) {
      check.result = CheckResult::kFail;
      check.front_source = read->source;
      check.message = "the printed front shows a different " + field;
    } else if (read) {
      check.message = "the front's " + field + " is too uncertain to compare";
    } else {
      check.message = "the front does not show a readable " + field;
    }
    out.push_back(std::move(check));
  }
  return out;
}

}  // namespace kycx::extractors::licence
