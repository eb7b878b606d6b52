#include "extractors/common/name_reread.hpp"

#include <algorithm>
#include <cctype>

#include "extractors/common/reread.hpp"
#include "extractors/common/text_match.hpp"

namespace kycx::extractors {

namespace {

// Bytes in the UTF-8 sequence a byte starts (1 for ASCII and stray bytes).
size_t utf8_length(char lead) {
  const auto b = static_cast<unsigned char>(lead);
  return b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
}

bool is_ascii_mark(char c) {
  return (static_cast<unsigned char>(c) & 0x80) == 0 && std::isalnum(static_cast<unsigned char>(c)) == 0;
}

// A box's edge read as a word of its own: '|', or the letters and digit
// a vertical stroke reads as.
bool is_edge_stroke(char c) {
  return c == '|' || c == '1' || c == 'l' || c == 'I' || c == '!';
}

// `reading` without the marks the crop caught around a value (a comma, a
// box's edge read as '|' or "1 ") that the page's reading `page` does not have.
std::string_view without_crop_marks(std::string_view reading, std::string_view page) {
  for (bool changed = true; changed;) {
    changed = false;
    while (!reading.empty() && is_ascii_mark(reading.front()) && (page.empty() || reading.front() != page.front())) {
      reading.remove_prefix(1), changed = true;
    }
    while (!reading.empty() && is_ascii_mark(reading.back()) && (page.empty() || reading.back() != page.back())) {
      reading.remove_suffix(1), changed = true;
    }
    if (reading.size() > 2 && is_edge_stroke(reading[0]) && reading[1] == ' ' &&
        page.substr(0, 2) != reading.substr(0, 2)) {
      reading.remove_prefix(2), changed = true;
    }
    const size_t n = reading.size();
    if (n > 2 && is_edge_stroke(reading[n - 1]) && reading[n - 2] == ' ' &&
        (page.size() < 2 || page.substr(page.size() - 2) != reading.substr(n - 2))) {
      reading.remove_suffix(2), changed = true;
    }
  }
  return reading;
}

// Enlargement of the names model's second look at a value (see below).
constexpr double kSecondLookScale = 1.5;

// The names model's reading of `box`, and the name with accents it shows
// that the page's reading `page_reading` lacks. A tilted scan's resampling
// blurs accents: when the crop as it is shows none and reads otherwise than
// the page ("Lucta" for "Lucia"), it is read once more enlarged (one more
// Tesseract call, on a crop of one line).
struct NamesReading {
  std::optional<Reread> first;          // the crop as it is
  bool same_letters = false;            // the first reads as the page did (crop marks aside)
  std::optional<std::string> accented;  // from either look
  std::string accented_raw;             // the reading that showed them
};
NamesReading read_with_names_model(const ExtractContext& context, int page, const BBox& box,
                                   std::string_view page_reading) {
  RereadOptions options;
  options.model = RereadModel::kNames;
  options.middle_line = true;
  NamesReading out;
  out.first = reread_region(context, page, box, options);
  if (out.first) {
    out.accented = accented_name(page_reading, out.first->text);
    if (out.accented) {
      out.accented_raw = out.first->text;
      return out;
    }
    // Both models read the same plain letters: nothing blurred to look for.
    out.same_letters = without_crop_marks(out.first->text, page_reading) == page_reading;
    if (out.same_letters) return out;
  }
  options.scale = kSecondLookScale;
  if (const auto again = reread_region(context, page, box, options)) {
    out.accented = accented_name(page_reading, again->text);
    if (out.accented) out.accented_raw = again->text;
  }
  return out;
}

// Whether the UTF-8 letter `c` is a capital of the Latin-1 Supplement or
// Latin Extended-A blocks (the accented letters of Latin-script names).
bool is_latin_capital(std::string_view c) {
  if (c.size() != 2) return false;
  const auto b0 = static_cast<unsigned char>(c[0]), b1 = static_cast<unsigned char>(c[1]);
  const unsigned cp = ((b0 & 0x1Fu) << 6) | (b1 & 0x3Fu);
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) return cp % 2 == 0;
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return cp % 2 == 1;
  return cp == 0x178;
}

}  // namespace

std::optional<std::string> accented_name(std::string_view page_reading, std::string_view names_reading) {
  const std::string_view page = page_reading;
  const std::string_view names = without_crop_marks(names_reading, page);
  bool accented = false;
  size_t i = 0, j = 0;
  while (i < page.size() && j < names.size()) {
    if (page[i] == names[j]) {
      ++i, ++j;
      continue;
    }
    // Only an accented letter may stand for the page's plain one; its base
    // letter is the first of its folding ("ä" folds to "ae").
    const size_t n = utf8_length(names[j]);
    const auto plain = static_cast<unsigned char>(page[i]);
    if (n == 1 || j + n > names.size() || plain >= 0x80 || std::isalpha(plain) == 0) return std::nullopt;
    const std::string folded = fold(names.substr(j, n));
    if (folded.empty() || folded[0] != std::tolower(plain)) return std::nullopt;
    // The same case as the page's letter: "Hİll" is not "Hill" accented.
    if (is_latin_capital(names.substr(j, n)) != (std::isupper(plain) != 0)) return std::nullopt;
    accented = true;
    ++i, j += n;
  }
  if (!accented || i != page.size() || j != names.size()) return std::nullopt;
  return std::string(names);
}

Field reread_name(const ExtractContext& context, Field field) {
  if (context.names_ocr == nullptr || !field.value.is_string() || field.source.empty()) return field;
  SourceRef& where = field.source.front();
  const int page = where.page - 1;
  if (page < 0 || page >= static_cast<int>(context.pages.size()) ||
      context.pages[static_cast<size_t>(page)].text.info.text_source != TextSource::kOcr) {
    return field;  // a text layer has the exact letters already
  }
  NamesReading names = read_with_names_model(context, page, where.bbox, field.value.get<std::string>());
  if (!names.accented) return field;
  field.value = std::move(*names.accented);
  where.text = names.accented_raw;
  return field;
}

std::optional<Field> read_twice_with_names_model(const ExtractContext& context, Field field) {
  if (!field.value.is_string() || field.value.get<std::string>().empty() || field.source.empty()) return std::nullopt;
  SourceRef& where = field.source.front();
  const int page = where.page - 1;
  if (page < 0 || page >= static_cast<int>(context.pages.size())) return std::nullopt;
  if (context.pages[static_cast<size_t>(page)].text.info.text_source != TextSource::kOcr) return field;
  if (context.names_ocr == nullptr || !context.has_pixels(page)) return std::nullopt;
  const std::string first = field.value.get<std::string>();
  NamesReading names = read_with_names_model(context, page, where.bbox, first);
  field.evidence.readings = 2;
  field.evidence.readings_agree = names.accented || names.same_letters;
  if (names.accented) {
    field.value = std::move(*names.accented);
    where.text = names.accented_raw;
  }
  field.evidence.ocr_confidence = std::min(field.evidence.ocr_confidence, names.first ? names.first->confidence : 0.0);
  return field;
}

}  // namespace kycx::extractors
