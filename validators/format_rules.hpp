// Check functions for identifiers and codes: routing numbers, IBANs, sort
// codes, SSNs, EINs, country, state and postal codes. Each takes the rule's
// covered fields by position (listed per function) and is pure; thread-safe.
#pragma once

#include <string_view>

#include "validators/rule.hpp"

namespace kycx::validators {

// True when `text` has the shape `shape`: 'A' an upper-case letter, '9' a
// digit, anything else itself ("99-99-99").
bool matches_shape(std::string_view text, std::string_view shape);

// (routing_number): 9 digits with a valid ABA checksum.
RuleOutcome check_aba_routing(const RuleInput& in);
// (iban): ISO 13616 mod 97 on the compact form.
RuleOutcome check_iban(const RuleInput& in);
// (sort_code): a UK sort code NN-NN-NN.
RuleOutcome check_sort_code(const RuleInput& in);
// (iban, sort_code): a GB IBAN carries the sort code in characters 9-14;
// skipped for other countries' IBANs.
RuleOutcome check_iban_matches_sort_code(const RuleInput& in);
// (ssn): NNN-NN-NNNN, area not 000, 666 or 9xx, group not 00, serial not 0000.
RuleOutcome check_ssn(const RuleInput& in);
// (ein): NN-NNNNNNN with a prefix the IRS assigns.
RuleOutcome check_ein(const RuleInput& in);
// (country): an ICAO 9303 code.
RuleOutcome check_icao_country(const RuleInput& in);
// (state): a US state or territory or a Canadian province code.
RuleOutcome check_state_or_province(const RuleInput& in);
// (postal_code, state): a ZIP (NNNNN or NNNNN-NNNN) in a US state, a
// Canadian postal code (A9A 9A9) in a province, either when the state is
// missing or unknown.
RuleOutcome check_postal_code_for_state(const RuleInput& in);
// (region, currency): with USD a US state code, with CAD a Canadian province
// code; skipped (not applicable) for other currencies.
RuleOutcome check_region_for_currency(const RuleInput& in);
// (postal_code, currency): with USD a ZIP, with CAD a Canadian postal code,
// with GBP a UK postcode; skipped (not applicable) for other currencies.
RuleOutcome check_postal_code_for_currency(const RuleInput& in);

}  // namespace kycx::validators
