#include "validators/rule_catalog.hpp"

#include "core/document_types.hpp"
#include "validators/arithmetic_rules.hpp"
#include "validators/date_rules.hpp"
#include "validators/format_rules.hpp"
#include "validators/mrz_rules.hpp"
#include "validators/w2_rules.hpp"

namespace kycx::validators {

namespace {

constexpr Severity kError = Severity::kError;
constexpr Severity kWarning = Severity::kWarning;

// One row of a table: name, fields (in the order the check function takes
// them), severity, message on failure ({key} filled by the check), check
// function, and the review reason when not "check_failed:<name>".
Rule row(std::string name, std::vector<std::string> fields, Severity severity, std::string message, RuleCheck check,
         std::string review_reason = "") {
  return Rule{std::move(name), std::move(fields), severity, std::move(message), check, std::move(review_reason)};
}

// Consistency between two readings of a document (consistency.mrz_viz.*,
// consistency.barcode_front.*) is checked by the extractors, which hold both
// readings; apply_rules keeps their checks.

// The rules every ICAO 9303 document has: the check digits of its machine
// readable zone (held in `mrz_field`; `optional_field` is what the composite
// also covers, and a passport's personal number has a check digit of its
// own), its country codes and its dates of birth and expiry.
std::vector<Rule> icao_document_rules(const std::string& mrz_field, const std::string& optional_field) {
  std::vector<Rule> rules = {
      row("mrz.check_digit.document_number", {"document_number", mrz_field}, kError,
          "the MRZ check digit of the document number {problem}", check_mrz_document_number),
      row("mrz.check_digit.date_of_birth", {"date_of_birth", mrz_field}, kError,
          "the MRZ check digit of the date of birth {problem}", check_mrz_date_of_birth),
      row("mrz.check_digit.date_of_expiry", {"date_of_expiry", mrz_field}, kError,
          "the MRZ check digit of the date of expiry {problem}", check_mrz_date_of_expiry),
  };
  if (optional_field == "personal_number") {
    rules.push_back(row("mrz.check_digit.personal_number", {"personal_number", mrz_field}, kError,
                        "the MRZ check digit of the personal number {problem}", check_mrz_personal_number));
  }
  const std::vector<Rule> common = {
      row("mrz.check_digit.composite",
          {"document_number", "date_of_birth", "date_of_expiry", optional_field, mrz_field}, kError,
          "the MRZ composite check digit {problem}", check_mrz_composite),
      row("format.icao_country.issuing_country", {"issuing_country"}, kError,
          "the issuing state {code} is not an ICAO 9303 country code", check_icao_country),
      row("format.icao_country.nationality", {"nationality"}, kError,
          "the nationality {code} is not an ICAO 9303 country code", check_icao_country),
      row("date.birth_in_past", {"date_of_birth"}, kError, "the date of birth is not in the past", check_in_past),
      row("date.minimum_age", {"date_of_birth"}, kError,
          "the holder is {age}, younger than the minimum age of {minimum}", check_minimum_age),
      row("date.not_expired", {"date_of_expiry"}, kError, "the document expired on {date}", check_not_expired,
          "expired"),
  };
  rules.insert(rules.end(), common.begin(), common.end());
  return rules;
}

std::vector<Rule> passport_rules() {
  std::vector<Rule> rules = icao_document_rules("mrz_line2", "personal_number");
  const std::vector<Rule> issue = {
      row("date.issue_before_expiry", {"date_of_issue", "date_of_expiry"}, kError,
          "the date of issue {earlier} is not before the date of expiry {later}", check_before),
      row("date.issue_not_in_future", {"date_of_issue"}, kError, "the date of issue {date} is after today",
          check_not_in_future),
      row("date.birth_before_issue", {"date_of_birth", "date_of_issue"}, kError,
          "the date of birth is not before the date of issue", check_before),
  };
  rules.insert(rules.end(), issue.begin(), issue.end());
  return rules;
}

std::vector<Rule> id_card_rules() {
  return icao_document_rules("mrz_lines", "optional_data");
}

std::vector<Rule> drivers_license_rules() {
  return {
      row("format.state_code.issuing_jurisdiction", {"issuing_jurisdiction"}, kError,
          "the issuing jurisdiction {code} is not a US state or territory or a Canadian province",
          check_state_or_province),
      row("format.state_code.address_state", {"address_state"}, kError,
          "the address state {code} is not a US state or territory or a Canadian province", check_state_or_province),
      row("format.postal_code.address_postal_code", {"address_postal_code", "address_state"}, kError,
          "the postal code is not {expected}", check_postal_code_for_state),
      row("date.birth_in_past", {"date_of_birth"}, kError, "the date of birth is not in the past", check_in_past),
      row("date.minimum_age", {"date_of_birth"}, kError,
          "the holder is {age}, younger than the minimum age of {minimum}", check_minimum_age),
      row("date.not_expired", {"date_of_expiry"}, kError, "the licence expired on {date}", check_not_expired,
          "expired"),
      row("date.issue_before_expiry", {"date_of_issue", "date_of_expiry"}, kError,
          "the date of issue {earlier} is not before the date of expiry {later}", check_before),
      row("date.issue_not_in_future", {"date_of_issue"}, kError, "the date of issue {date} is after today",
          check_not_in_future),
      row("date.birth_before_issue", {"date_of_birth", "date_of_issue"}, kError,
          "the date of birth is not before the date of issue", check_before),
  };
}

std::vector<Rule> bank_statement_rules() {
  return {
      row("format.aba_routing", {"routing_number"}, kError, "the routing number fails the ABA checksum",
          check_aba_routing),
      row("format.iban", {"iban"}, kError, "the IBAN fails the ISO 13616 mod-97 check", check_iban),
      row("format.sort_code", {"sort_code"}, kError, "the sort code is not in the form NN-NN-NN", check_sort_code),
      row("bank_statement.iban_matches_sort_code", {"iban", "sort_code"}, kError,
          "the sort code differs from the one inside the IBAN", check_iban_matches_sort_code),
      row("bank_statement.period_order", {"statement_period_start", "statement_period_end"}, kError,
          "the statement period starts on {earlier}, after it ends on {later}", check_on_or_before),
      row("bank_statement.transactions_in_period", {"transactions", "statement_period_start", "statement_period_end"},
          kError, "{count} transaction(s) fall outside the statement period, the first at row {row} dated {date}",
          check_transactions_in_period),
      row("bank_statement.balance_arithmetic", {"opening_balance", "transactions", "closing_balance"}, kError,
          "opening balance plus transactions gives {expected}, but the closing balance is {shown}",
          check_balance_arithmetic),
      row("bank_statement.running_balance", {"transactions", "opening_balance"}, kError,
          "the running balance does not follow at {count} row(s), first at row {row}: expected {expected}, shown "
          "{shown}",
          check_running_balance),
      row("bank_statement.total_credits", {"total_credits", "transactions"}, kError,
          "the credits add up to {expected}, but the total shown is {shown}", check_total_credits),
      row("bank_statement.total_debits", {"total_debits", "transactions"}, kError,
          "the debits add up to {expected}, but the total shown is {shown}", check_total_debits),
  };
}

std::vector<Rule> pay_stub_rules() {
  return {
      row("pay_stub.period_order", {"pay_period_start", "pay_period_end"}, kError,
          "the pay period starts on {earlier}, after it ends on {later}", check_on_or_before),
      // Salaried staff are sometimes paid before the period ends: unusual, not wrong.
      row("pay_stub.pay_date_after_period_end", {"pay_period_end", "pay_date"}, kWarning,
          "the pay date {later} is before the end of the pay period {earlier}", check_on_or_before),
      row("pay_stub.net_pay_arithmetic", {"gross_pay", "total_deductions", "net_pay"}, kError,
          "gross pay minus deductions is {expected}, but net pay is {shown}", check_difference),
      row("pay_stub.net_at_most_gross", {"gross_pay", "net_pay"}, kError,
          "net pay {smaller} is more than gross pay {larger}", check_at_least),
      row("pay_stub.ytd_gross_at_least_current", {"ytd_gross", "gross_pay"}, kError,
          "year-to-date gross {larger} is less than this period's gross pay {smaller}", check_at_least),
      row("pay_stub.ytd_net_at_least_current", {"ytd_net", "net_pay"}, kError,
          "year-to-date net {larger} is less than this period's net pay {smaller}", check_at_least),
  };
}

std::vector<Rule> utility_bill_rules() {
  return {
      row("utility_bill.proof_of_address_recent", {"statement_date"}, kError,
          "the bill is {days} days old; proof of address must be at most {maximum} days old",
          check_proof_of_address_recent),
      row("utility_bill.statement_date_not_in_future", {"statement_date"}, kError,
          "the statement date {date} is after today", check_not_in_future),
      row("utility_bill.due_after_statement", {"statement_date", "due_date"}, kError,
          "the due date {later} is before the statement date {earlier}", check_on_or_before),
      row("format.state_code.service_address_region", {"service_address_region", "currency"}, kError,
          "the service address region is not {expected}", check_region_for_currency),
      row("format.postal_code.service_address_postal_code", {"service_address_postal_code", "currency"}, kError,
          "the service address postal code is not {expected}", check_postal_code_for_currency),
  };
}

std::vector<Rule> w2_rules() {
  return {
      row("format.ssn", {"employee_ssn"}, kError, "the SSN {problem}", check_ssn),
      row("format.ein", {"employer_ein"}, kError, "the EIN {problem}", check_ein),
      row("w2.tax_year_not_in_future", {"tax_year"}, kError, "the tax year {year} is after the current year",
          check_tax_year),
      row("w2.social_security_tax_rate", {"social_security_wages", "social_security_tax_withheld"}, kError,
          "social security tax withheld is {shown}, but 6.2% of social security wages is {expected}",
          check_social_security_tax),
      row("w2.medicare_tax_rate", {"medicare_wages", "medicare_tax_withheld"}, kError,
          "medicare tax withheld is {shown}, but 1.45% of medicare wages is {expected}", check_medicare_tax),
      row("w2.social_security_wage_base", {"social_security_wages", "tax_year"}, kError,
          "social security wages exceed the {year} wage base of {base}", check_social_security_wage_base),
  };
}

struct Catalog {
  std::vector<std::pair<std::string, std::vector<Rule>>> types;
};

const Catalog& catalog() {
  static const Catalog kCatalog{{
      {std::string(document_types::kPassport), passport_rules()},
      {std::string(document_types::kIdCard), id_card_rules()},
      {std::string(document_types::kDriversLicense), drivers_license_rules()},
      {std::string(document_types::kBankStatement), bank_statement_rules()},
      {std::string(document_types::kPayStub), pay_stub_rules()},
      {std::string(document_types::kUtilityBill), utility_bill_rules()},
      {std::string(document_types::kW2), w2_rules()},
  }};
  return kCatalog;
}

}  // namespace

std::span<const Rule> rules_for(std::string_view document_type) {
  for (const auto& [type, rules] : catalog().types) {
    if (type == document_type) return rules;
  }
  return {};
}

std::vector<std::string> types_with_rules() {
  std::vector<std::string> out;
  for (const auto& entry : catalog().types) out.push_back(entry.first);
  return out;
}

std::optional<Severity> rule_severity(std::string_view rule) {
  for (const auto& entry : catalog().types) {
    for (const auto& r : entry.second) {
      if (r.name == rule) return r.severity;
    }
  }
  return std::nullopt;
}

}  // namespace kycx::validators
