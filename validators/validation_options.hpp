// The tunable limits of the validation rules (ages, tolerances, recency).
// Plain value type; share read-only between threads.
#pragma once

namespace kycx::validators {

struct ValidationOptions {
  int min_age_years = 18;                  // years; identity documents of younger applicants fail date.minimum_age
  int max_proof_of_address_age_days = 90;  // days between a utility bill's statement date and today
  double money_tolerance = 0.01;           // currency units allowed per balance or total comparison
  double w2_tax_tolerance = 1.00;          // dollars allowed between W-2 boxes 4 / 6 and 6.2 % / 1.45 % of 3 / 5
};

}  // namespace kycx::validators
