// Check-digit algorithms shared by readers (to repair OCR) and validation
// rules (to check values). Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string_view>

namespace kycx {

// ICAO 9303 check digit (weights 7, 3, 1; '<' = 0, A-Z = 10-35) of `field`;
// nullopt if it holds any other character.
std::optional<int> icao_check_digit(std::string_view field);

// US ABA routing number: 9 digits, 3-7-1 weighted sum divisible by 10.
bool aba_routing_valid(std::string_view digits);

// IBAN mod-97 (ISO 13616), on the compact form (no spaces), country length
// not checked here.
bool iban_mod97_valid(std::string_view iban);

// Luhn (card numbers, Canadian SIN).
bool luhn_valid(std::string_view digits);

}  // namespace kycx
