#include "validators/rule_checks.hpp"

#include <array>
#include <utility>

#include "validators/arithmetic_rules.hpp"
#include "validators/date_rules.hpp"
#include "validators/format_rules.hpp"
#include "validators/mrz_rules.hpp"
#include "validators/plausibility_rules.hpp"
#include "validators/w2_rules.hpp"

namespace kycx::validators {

RuleCheck find_check(std::string_view name) {
  static constexpr std::array<std::pair<std::string_view, RuleCheck>, 40> kChecks{{
      {"aba_routing", check_aba_routing},
      {"at_least", check_at_least},
      {"balance_arithmetic", check_balance_arithmetic},
      {"before", check_before},
      {"difference", check_difference},
      {"summary_balance", check_summary_balance},
      {"different_names", check_different_names},
      {"ein", check_ein},
      {"iban", check_iban},
      {"iban_matches_sort_code", check_iban_matches_sort_code},
      {"icao_country", check_icao_country},
      {"identifier", check_identifier},
      {"in_past", check_in_past},
      {"medicare_tax", check_medicare_tax},
      {"minimum_age", check_minimum_age},
      {"mrz_composite", check_mrz_composite},
      {"mrz_date_of_birth", check_mrz_date_of_birth},
      {"mrz_date_of_expiry", check_mrz_date_of_expiry},
      {"mrz_document_number", check_mrz_document_number},
      {"mrz_personal_number", check_mrz_personal_number},
      {"not_expired", check_not_expired},
      {"not_in_future", check_not_in_future},
      {"not_po_box", check_not_po_box},
      {"on_or_before", check_on_or_before},
      {"organisation_name", check_organisation_name},
      {"person_name", check_person_name},
      {"postal_code_for_currency", check_postal_code_for_currency},
      {"postal_code_for_state", check_postal_code_for_state},
      {"proof_of_address_recent", check_proof_of_address_recent},
      {"region_for_currency", check_region_for_currency},
      {"running_balance", check_running_balance},
      {"social_security_tax", check_social_security_tax},
      {"social_security_wage_base", check_social_security_wage_base},
      {"sort_code", check_sort_code},
      {"ssn", check_ssn},
      {"state_or_province", check_state_or_province},
      {"tax_year", check_tax_year},
      {"total_credits", check_total_credits},
      {"total_debits", check_total_debits},
      {"transactions_in_period", check_transactions_in_period},
  }};
  for (const auto& [check_name, check] : kChecks) {
    if (check_name == name) return check;
  }
  return nullptr;
}

}  // namespace kycx::validators
