// Postal addresses as bills and letters print them: the US "City, ST 12345",
// Canadian "City PR  A1A 1A1" and UK postcode lines, and an address block (name,
// street, city lines) found above such a line on the left of a page.
// Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/common/layout_fields.hpp"
#include "extractors/common/layout_values.hpp"

namespace kycx::extractors::forms {

struct CityLine {
  std::string city;         // empty for a UK postcode line
  std::string region;       // state or province code, upper case; empty for the UK
  std::string postal_code;  // "43229-3102", "M5V 2T6", "LS6 2QH"
  std::string country;      // "US", "CA" or "GB"
};

// "Columbus, OH 43299", "Toronto ON  M5V 2T6" or a UK postcode alone; the
// state or province must be a known code. nullopt for anything else.
std::optional<CityLine> parse_city_line(std::string_view text);

// One line of an address block: its text and words.
struct BlockLine {
  std::string text;
  LayoutSpan words;
};

// An address block: the addressee's name, the street line(s), the town
// lines between them and the postcode (UK: city and county), and the city line.
struct AddressBlock {
  BlockLine name;
  BlockLine street;
  std::vector<BlockLine> towns;  // UK: the city, then the county when printed
  BlockLine last;                // the line parse_city_line read
  CityLine city_line;
};

struct AddressBlockOptions {
  double max_x = 0.5;  // page widths: the block starts left of this
  // Lines of one block: left edges within this many word heights, and each
  // line's centre within this many word heights of the next one's. Looser
  // bounds join a block to the lines of a neighbouring one.
  double align_tolerance = 1.5;
  double line_spacing = 2.6;
  int max_lines_above = 5;  // above the city line
  // A postcode may stand this many word heights after the rest of its city
  // line (Canada Post asks for two spaces before it), and be this many words.
  double postcode_gap = 3.5;
  size_t postcode_words = 2;
};

// The first address block on the first page whose lines start at the same
// left edge, one under the other, left of options.max_x, ending in a line
// parse_city_line reads (its postcode may stand a few spaces apart) and
// beginning with the addressee's name.
std::optional<AddressBlock> find_address_block(const FormLayout& layout, const AddressBlockOptions& options = {});

// The words of a North American city line (`line`, read as `parsed`) that
// hold each part: the city's words, the region's word, the postcode's
// words. A part whose words are not found gets the whole line.
struct CityLineWords {
  LayoutSpan city;
  LayoutSpan region;
  LayoutSpan postal_code;
};
CityLineWords city_line_words(const FormLayout& layout, const LayoutSpan& line, const CityLine& parsed);

// The left phrase of a row: its words from the first, left of `max_x`,
// while the gaps stay within 1.5 word heights.
LayoutSpan left_phrase(const FormLayout& layout, int row, double max_x);

}  // namespace kycx::extractors::forms
