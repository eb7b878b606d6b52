// The ICAO 9303 codes that may stand for a state or organisation in an MRZ
// (nationality, issuing state): ISO 3166-1 alpha-3 plus ICAO's own codes.
// Immutable data; thread-safe.
#pragma once

#include <string_view>

namespace kycx::validators {

// True for a code ICAO 9303 Part 3 allows: "GBR", "D" (Germany), "UTO"
// (the specimen state Utopia), "XXA" (stateless), "EUE", ... Case-sensitive.
bool is_icao_country_code(std::string_view code);

}  // namespace kycx::validators
