// Check functions for US Form W-2: Social Security and Medicare tax against
// their wages, the Social Security wage base, the tax year. Amounts are
// compared within options.w2_tax_tolerance. Arguments (the rule's covered
// fields by position) are listed per function. Pure; thread-safe.
#pragma once

#include "validators/rule.hpp"

namespace kycx::validators {

// (social_security_wages, social_security_tax_withheld): box 4 = 6.2 % of
// box 3. Details: expected, shown.
RuleOutcome check_social_security_tax(const RuleInput& in);
// (medicare_wages, medicare_tax_withheld): box 6 = 1.45 % of box 5; above
// $200,000 of wages box 6 may also hold the 0.9 % Additional Medicare Tax
// withheld on the excess, and either reading passes. Details: expected, shown.
RuleOutcome check_medicare_tax(const RuleInput& in);
// (social_security_wages, tax_year): box 3 at most the year's wage base;
// skipped for years the table does not know. Details: year, base.
RuleOutcome check_social_security_wage_base(const RuleInput& in);
// (tax_year): a four-digit year not after today's. Details: year.
RuleOutcome check_tax_year(const RuleInput& in);

}  // namespace kycx::validators
