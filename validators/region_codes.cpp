#include "validators/region_codes.hpp"

#include <algorithm>
#include <iterator>

namespace kycx::validators {

namespace {

constexpr std::string_view kUsStates[] = {
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
    "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
    "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
    "DC",                          // District of Columbia
    "AS", "GU", "MP", "PR", "VI",  // American Samoa, Guam, Northern Mariana Islands, Puerto Rico, US Virgin Islands
};

constexpr std::string_view kCanadianProvinces[] = {
    "AB", "BC", "MB", "NB", "NL", "NS", "ON", "PE", "QC", "SK",  // provinces
    "NT", "NU", "YT",                                            // territories
};

template <size_t N>
bool contains(const std::string_view (&table)[N], std::string_view code) {
  return std::find(std::begin(table), std::end(table), code) != std::end(table);
}

}  // namespace

bool is_us_state_code(std::string_view code) {
  return contains(kUsStates, code);
}

bool is_canadian_province_code(std::string_view code) {
  return contains(kCanadianProvinces, code);
}

}  // namespace kycx::validators
