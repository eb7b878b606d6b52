// Check functions re-verifying ICAO 9303 check digits from the MRZ as it
// stands in the fields, so that a reviewer's correction is checked again.
// The MRZ is the rule's LAST covered field: `mrz_line2` (the second line of a
// TD3 passport) or `mrz_lines` (TD1 3 x 30, TD2 2 x 36 or TD3 2 x 44).
// Pure; thread-safe.
#pragma once

#include "validators/rule.hpp"

namespace kycx::validators {

RuleOutcome check_mrz_document_number(const RuleInput& in);
RuleOutcome check_mrz_date_of_birth(const RuleInput& in);
RuleOutcome check_mrz_date_of_expiry(const RuleInput& in);
// TD3 only (skipped for cards): the check digit may be '<' when the
// personal number is all fillers.
RuleOutcome check_mrz_personal_number(const RuleInput& in);
RuleOutcome check_mrz_composite(const RuleInput& in);

}  // namespace kycx::validators
