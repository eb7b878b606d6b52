// Two-letter codes of US states and territories and of Canadian provinces
// and territories, as US and Canadian documents print them (USPS / Canada
// Post). Immutable data; thread-safe.
#pragma once

#include <string_view>

namespace kycx::validators {

// The 50 states, DC, and the territories that issue driver's licences:
// AS, GU, MP, PR, VI. Military (AA, AE, AP) and freely associated states
// (FM, MH, PW) are not included: they issue no US licences.
bool is_us_state_code(std::string_view code);

// The 10 provinces and 3 territories of Canada.
bool is_canadian_province_code(std::string_view code);

}  // namespace kycx::validators
