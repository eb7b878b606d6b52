// US states, DC and the territories that issue licences, and the Canadian
// provinces and territories: their two-letter codes as documents print them
// (USPS / Canada Post), their country, and the AAMVA issuer identification
// number (IIN) of their licences. The one table of these facts; constant,
// thread-safe.
#pragma once

#include <string_view>

namespace kycx {

struct Region {
  std::string_view code;     // postal abbreviation, "CA"
  std::string_view country;  // "USA" or "CAN"
  std::string_view iin;      // 6 digits, "636014"
};

// The region with a two-letter code (upper case); nullptr when unknown.
// Military (AA, AE, AP) and freely associated states (FM, MH, PW) are not
// regions here: they issue no US licences.
const Region* region_by_code(std::string_view code);

// The region an AAMVA IIN belongs to; nullptr when the IIN is not in the table.
const Region* region_by_iin(std::string_view iin);

// The 50 states, DC, and AS, GU, MP, PR, VI.
bool is_us_state_code(std::string_view code);

// The 10 provinces and 3 territories of Canada.
bool is_canadian_province_code(std::string_view code);

}  // namespace kycx
