#include "extractors/license_front_check.hpp"

#include <algorithm>

#include "extractors/license_front_values.hpp"

namespace kycx::extractors {

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
      const auto readings = front_date_readings(printed);
      if (readings.empty() && printed == value) return true;  // a canonical value read by the front reader
      return std::find(readings.begin(), readings.end(), *date) != readings.end();
    }
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

}  // namespace kycx::extractors
