#include "validators/ein_prefixes.hpp"

#include <algorithm>
#include <iterator>

namespace kycx::validators {

namespace {

// IRS, "How EINs are assigned and valid EIN prefixes", by assigning office.
constexpr std::string_view kPrefixes[] = {
    "10", "12",                                                        // Andover
    "60", "67",                                                        // Atlanta
    "50", "53",                                                        // Austin
    "01", "02", "03", "04", "05", "06", "11", "13", "14", "16", "21",  // Brookhaven
    "22", "23", "25", "34", "51", "52", "54", "55", "56", "57", "58",  //
    "59", "65",                                                        //
    "30", "32", "35", "36", "37", "38", "61",                          // Cincinnati
    "15", "24",                                                        // Fresno
    "40", "44",                                                        // Kansas City
    "94", "95",                                                        // Memphis
    "80", "90",                                                        // Ogden
    "33", "39", "41", "42", "43", "46", "48", "62", "63", "64", "66",  // Philadelphia
    "68", "71", "72", "73", "74", "75", "76", "77", "81", "82", "83",  //
    "84", "85", "86", "87", "88", "91", "92", "93", "98", "99",        //
    "20", "26", "27", "45", "47",                                      // Internet (also some above)
    "31",                                                              // Small Business Administration
};

}  // namespace

bool is_valid_ein_prefix(std::string_view two_digits) {
  return std::find(std::begin(kPrefixes), std::end(kPrefixes), two_digits) != std::end(kPrefixes);
}

}  // namespace kycx::validators
