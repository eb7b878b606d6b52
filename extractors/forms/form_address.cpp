#include "extractors/forms/form_address.hpp"

#include <algorithm>
#include <cctype>

#include <re2/re2.h>

#include "core/ascii.hpp"
#include "core/regions.hpp"
#include "extractors/common/confusions.hpp"

namespace kycx::extractors::forms {

namespace {

std::string collapse(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == ' ' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// A city name as printed before the state: letters, spaces, '.', '-', '\''.
std::optional<std::string> city_of(std::string city) {
  while (!city.empty() && (city.back() == ',' || city.back() == ' ')) city.pop_back();
  if (city.empty() || has_ascii_digit(city) || city.find(',') != std::string::npos ||
      city.find(':') != std::string::npos) {
    return std::nullopt;
  }
  return city;
}

// Characters OCR confuses, put right by what a postcode position must hold:
// 'D' a digit, 'L' a letter (upper case), anything else kept.
std::string by_shape(std::string_view text, std::string_view shape) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = static_cast<char>(std::toupper(static_cast<unsigned char>(text[i])));
    const char want = i < shape.size() ? shape[i] : ' ';
    const char other = want == 'D'   ? digit_lookalike(c, ConfusionUse::kPostcode)
                       : want == 'L' ? letter_lookalike(c, ConfusionUse::kPostcode)
                                     : 0;
    if (other != 0) c = other;
    out.push_back(c);
  }
  return out;
}

}  // namespace

std::optional<CityLine> parse_city_line(std::string_view raw) {
  // Outward code: one or two letters, a digit, an optional letter or digit;
  // inward code: a digit and two letters.
  static const RE2 kUk(R"(([A-Za-z]{1,2}[0-9OIl][A-Za-z0-9]?) ?([0-9OIlS][A-Za-z]{2}))");
  static const RE2 kCa(R"((.+?),? +([A-Za-z]{2}) +([A-Za-z0-9|]{3}) ?([A-Za-z0-9|]{3}))");  // letters or digits
  static const RE2 kUs(R"((.+?),? +([A-Za-z]{2}) +([0-9OIlS]{5}(?:-[0-9OIlS]{4})?))");
  static const RE2 kCaCode(R"([A-Z][0-9][A-Z] [0-9][A-Z][0-9])");
  static const RE2 kUsCode(R"([0-9]{5}(-[0-9]{4})?)");
  const std::string text = collapse(raw);
  std::string a, b, c, d;
  if (RE2::FullMatch(text, kUk, &a, &b)) {
    const std::string outward = ascii_upper(a);
    return CityLine{"", "", outward + " " + by_shape(b, "DLL"), "GB"};
  }
  if (RE2::FullMatch(text, kCa, &a, &b, &c, &d)) {
    const Region* j = region_by_code(ascii_upper(b));
    const std::string code = by_shape(c, "LDL") + " " + by_shape(d, "DLD");
    auto city = city_of(a);
    if (j != nullptr && j->country == "CAN" && city && RE2::FullMatch(code, kCaCode)) {
      return CityLine{*city, ascii_upper(b), code, "CA"};
    }
  }
  if (RE2::FullMatch(text, kUs, &a, &b, &c)) {
    const Region* j = region_by_code(ascii_upper(b));
    const std::string code = by_shape(c, "DDDDD-DDDD");
    auto city = city_of(a);
    if (j != nullptr && j->country == "USA" && city && RE2::FullMatch(code, kUsCode)) {
      return CityLine{*city, ascii_upper(b), code, "US"};
    }
  }
  return std::nullopt;
}

CityLineWords city_line_words(const FormLayout& layout, const LayoutSpan& line, const CityLine& parsed) {
  CityLineWords out{line, line, line};
  if (parsed.country == "GB") return out;
  auto bare = [&](int i) {  // the word in upper case without punctuation at either end
    std::string t = ascii_upper(layout.words()[static_cast<size_t>(i)].word->text);
    while (!t.empty() && std::ispunct(static_cast<unsigned char>(t.back())) != 0) t.pop_back();
    while (!t.empty() && std::ispunct(static_cast<unsigned char>(t.front())) != 0) t.erase(t.begin());
    return t;
  };
  const std::string city = ascii_upper(parsed.city);
  std::string read;
  size_t k = 0;
  for (; k < line.size() && read.size() < city.size(); ++k) read += (read.empty() ? "" : " ") + bare(line[k]);
  if (read != city || k >= line.size() || bare(line[k]) != parsed.region || k + 1 >= line.size()) return out;
  out.city.assign(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(k));
  out.region = {line[k]};
  out.postal_code.assign(line.begin() + static_cast<std::ptrdiff_t>(k) + 1, line.end());
  return out;
}

LayoutSpan left_phrase(const FormLayout& layout, int row, double max_x) {
  LayoutSpan out;
  const LayoutRow& r = layout.rows()[static_cast<size_t>(row)];
  for (int i : r.words) {
    const BBox& b = layout.words()[static_cast<size_t>(i)].box;
    if (b.x0 > max_x) break;
    if (!out.empty()) {
      const BBox& prev = layout.words()[static_cast<size_t>(out.back())].box;
      if (b.x0 - prev.x1 > 1.5 * std::max(r.height, b.height())) break;
    }
    out.push_back(i);
  }
  return out;
}

namespace {

// The row's left phrase read as a city line, with up to two more words when
// the postcode stands apart ("Halifax NS  B1B 8S1").
std::optional<std::pair<BlockLine, CityLine>> city_line_phrase(const FormLayout& layout, int row,
                                                               const AddressBlockOptions& o) {
  BlockLine phrase{"", left_phrase(layout, row, o.max_x)};
  if (phrase.words.empty()) return std::nullopt;
  auto parsed = [&]() -> std::optional<std::pair<BlockLine, CityLine>> {
    phrase.text = layout.text(phrase.words);
    auto line = parse_city_line(phrase.text);
    if (!line) return std::nullopt;
    return std::pair{phrase, std::move(*line)};
  };
  if (auto found = parsed()) return found;
  const LayoutRow& r = layout.rows()[static_cast<size_t>(row)];
  const auto next = std::find(r.words.begin(), r.words.end(), phrase.words.back()) + 1;
  for (auto it = next; it != r.words.end() && it - next < static_cast<std::ptrdiff_t>(o.postcode_words); ++it) {
    const BBox& b = layout.words()[static_cast<size_t>(*it)].box;
    const BBox& prev = layout.words()[static_cast<size_t>(phrase.words.back())].box;
    if (b.x0 - prev.x1 > o.postcode_gap * std::max(r.height, b.height())) break;
    phrase.words.push_back(*it);
    if (auto found = parsed()) return found;
  }
  return std::nullopt;
}

}  // namespace

std::optional<AddressBlock> find_address_block(const FormLayout& layout, const AddressBlockOptions& o) {
  const auto& rows = layout.rows();
  for (int r = 0; r < static_cast<int>(rows.size()) && rows[static_cast<size_t>(r)].page == 0; ++r) {
    auto found = city_line_phrase(layout, r, o);
    if (!found) continue;
    const LayoutSpan& last = found->first.words;
    CityLine& city_line = found->second;
    // The lines above, bottom up: same left edge, evenly under one another.
    const BBox last_box = layout.box(last);
    const double height = rows[static_cast<size_t>(r)].height;
    std::vector<BlockLine> above;
    double previous_y = last_box.center_y();
    for (int up = r - 1; up >= 0 && static_cast<int>(above.size()) < o.max_lines_above; --up) {
      const LayoutRow& row = rows[static_cast<size_t>(up)];
      if (previous_y - row.box.center_y() > o.line_spacing * height) break;
      const LayoutSpan phrase = left_phrase(layout, up, o.max_x);
      if (phrase.empty()) continue;
      const BBox box = layout.box(phrase);
      if (std::abs(box.x0 - last_box.x0) > o.align_tolerance * height) continue;
      above.push_back({layout.text(phrase), phrase});
      previous_y = box.center_y();
    }
    std::reverse(above.begin(), above.end());
    // The street is the first line with a number; the addressee's name is right above it.
    const auto street =
        std::find_if(above.begin(), above.end(), [](const BlockLine& l) { return has_ascii_digit(l.text); });
    if (street == above.begin() || street == above.end()) continue;
    auto name = name_in(layout, (street - 1)->words);
    if (!name || name->words.size() != (street - 1)->words.size()) continue;
    AddressBlock block;
    block.name = {name->text, name->words};
    block.street = *street;
    for (auto it = street + 1; it != above.end(); ++it) {
      if (city_line.country == "GB") {
        block.towns.push_back(*it);
      } else {  // a second street line (suite, unit) in North America
        block.street.text += " " + it->text;
        block.street.words.insert(block.street.words.end(), it->words.begin(), it->words.end());
      }
    }
    if (city_line.country == "GB" && block.towns.empty()) continue;
    block.last = std::move(found->first);
    block.city_line = std::move(city_line);
    return block;
  }
  return std::nullopt;
}

}  // namespace kycx::extractors::forms
