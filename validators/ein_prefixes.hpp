// The two-digit prefixes the IRS assigns to Employer Identification Numbers
// (one set per IRS campus and the online application). Immutable data;
// thread-safe.
#pragma once

#include <string_view>

namespace kycx::validators {

// True for a prefix the IRS has assigned: "01"-"06", "10"-"16", "20"-"27",
// ... Never assigned: 00, 07-09, 17-19, 28, 29, 49, 69, 70, 78, 79, 89, 96, 97.
bool is_valid_ein_prefix(std::string_view two_digits);

}  // namespace kycx::validators
