// The AAMVA issuer identification numbers (IINs) of the US states, DC, the US
// territories and the Canadian provinces and territories, and their two-letter
// codes. A constant table; thread-safe.
#pragma once

#include <string_view>

namespace kycx::extractors {

struct AamvaJurisdiction {
  std::string_view iin;      // 6 digits, "636014"
  std::string_view code;     // postal abbreviation, "CA"
  std::string_view country;  // "USA" or "CAN"
};

// The jurisdiction an IIN belongs to; nullptr when the IIN is not in the table.
const AamvaJurisdiction* jurisdiction_by_iin(std::string_view iin);
// The jurisdiction with a two-letter code; nullptr when unknown.
const AamvaJurisdiction* jurisdiction_by_code(std::string_view code);

}  // namespace kycx::extractors
