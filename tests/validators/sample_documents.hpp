// Valid field values of one synthetic document per contract type, for the
// catalog and engine tests: every rule passes or is skipped on them (today
// being testing::kToday). Invented people and numbers only.
#pragma once

#include <string_view>

#include "core/json.hpp"

namespace kycx::validators::testing {

inline Json transactions() {
  const auto row = [](const char* date, const char* description, const char* amount, const char* balance) {
    return Json{{"date", date}, {"description", description}, {"amount", amount}, {"balance", balance}};
  };
  return Json::array({row("2026-10-01", "DIRECT DEPOSIT ACME TOOLS PAYROLL", "2500.00", "3500.00"),
                      row("2026-10-09", "DEBIT CARD PURCHASE GROCER #12", "-45.10", "3454.90"),
                      row("2026-10-15", "ACH DEBIT EXAMPLE POWER AUTOPAY", "-120.00", "3334.90"),
                      row("2026-10-31", "ONLINE TRANSFER TO SAVINGS", "-300.00", "3034.90")});
}

inline Json sample_fields(std::string_view type) {
  if (type == "passport") {
    return {{"document_number", "L898902C3"},
            {"surname", "ERIKSSON"},
            {"given_names", "ANNA MARIA"},
            {"nationality", "UTO"},
            {"issuing_country", "UTO"},
            {"date_of_birth", "1974-08-12"},
            {"sex", "F"},
            {"date_of_expiry", "2031-04-15"},
            {"personal_number", "ZE184226B"},
            {"place_of_birth", "ZENITH"},
            {"date_of_issue", "2021-04-16"},
            {"mrz_line1", "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"},
            {"mrz_line2", "L898902C36UTO7408122F3104150ZE184226B<<<<<16"}};
  }
  if (type == "id_card") {
    return {{"document_number", "D23145890"},
            {"surname", "ERIKSSON"},
            {"given_names", "ANNA MARIA"},
            {"nationality", "UTO"},
            {"issuing_country", "UTO"},
            {"date_of_birth", "1974-08-12"},
            {"sex", "F"},
            {"date_of_expiry", "2031-04-15"},
            {"optional_data", nullptr},
            {"mrz_lines", Json::array({"I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F3104150UTO<<<<<<<<<<<2",
                                       "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"})}};
  }
  if (type == "drivers_license") {
    return {{"document_number", "D1234567"},
            {"surname", "SAMPLE"},
            {"given_names", "JORDAN LEE"},
            {"date_of_birth", "1990-06-15"},
            {"date_of_issue", "2022-06-15"},
            {"date_of_expiry", "2030-06-15"},
            {"sex", "F"},
            {"address_street", "123 MAPLE ST"},
            {"address_city", "SACRAMENTO"},
            {"address_state", "CA"},
            {"address_postal_code", "95818"},
            {"issuing_jurisdiction", "CA"}};
  }
  if (type == "bank_statement") {
    return {{"bank_name", "Example Bank"},
            {"account_holder_name", "JORDAN SAMPLE"},
            {"account_number", "000123456789"},
            {"routing_number", "123456780"},
            {"sort_code", nullptr},
            {"iban", nullptr},
            {"statement_period_start", "2026-10-01"},
            {"statement_period_end", "2026-10-31"},
            {"currency", "USD"},
            {"opening_balance", "1000.00"},
            {"closing_balance", "3034.90"},
            {"total_credits", "2500.00"},
            {"total_debits", "465.10"},
            {"transactions", transactions()}};
  }
  if (type == "pay_stub") {
    return {{"employer_name", "Acme Tools Inc"},
            {"employee_name", "Jordan Sample"},
            {"employee_id", "E10234"},
            {"pay_period_start", "2026-10-17"},
            {"pay_period_end", "2026-10-30"},
            {"pay_date", "2026-11-04"},
            {"pay_frequency", "biweekly"},
            {"currency", "USD"},
            {"gross_pay", "2450.00"},
            {"total_deductions", "612.35"},
            {"net_pay", "1837.65"},
            {"ytd_gross", "49000.00"},
            {"ytd_net", "36752.96"}};
  }
  if (type == "utility_bill") {
    return {{"provider_name", "Example Power"},
            {"account_holder_name", "Jordan Sample"},
            {"account_number", "1234-567-890"},
            {"service_address_street", "123 Maple St"},
            {"service_address_city", "Sacramento"},
            {"service_address_region", "CA"},
            {"service_address_postal_code", "95818"},
            {"statement_date", "2026-10-20"},
            {"due_date", "2026-11-10"},
            {"amount_due", "84.12"},
            {"currency", "USD"}};
  }
  if (type == "w2") {
    return {{"tax_year", "2025"},
            {"employer_ein", "12-3456789"},
            {"employer_name", "Acme Tools Inc"},
            {"employee_ssn", "123-45-6789"},
            {"employee_name", "JORDAN L SAMPLE"},
            {"wages", "80750.00"},
            {"federal_income_tax_withheld", "9690.00"},
            {"social_security_wages", "85000.00"},
            {"social_security_tax_withheld", "5270.00"},
            {"medicare_wages", "85000.00"},
            {"medicare_tax_withheld", "1232.50"},
            {"currency", "USD"}};
  }
  // The 1099 family: what every one prints, and the boxes of each.
  Json tax_form = {{"tax_year", "2025"},
                   {"payer_name", "Example Savings Bank"},
                   {"payer_tin", "12-3456789"},
                   {"recipient_name", "JORDAN L SAMPLE"},
                   {"recipient_tin", "***-**-6789"},
                   {"account_number", "000123456"},
                   {"currency", "USD"}};
  if (type == "form_1099_int") tax_form["interest_income"] = "412.35";
  if (type == "form_1099_div") tax_form["total_ordinary_dividends"] = "1601.60";
  if (type == "form_1099_misc") tax_form["rents"] = "2600.00";
  if (type == "form_1099_nec") tax_form["nonemployee_compensation"] = "5000.00";
  if (type == "form_1099_g") tax_form["unemployment_compensation"] = "4915.96";
  if (type == "form_1099_r") tax_form["gross_distribution"] = "12000.00";
  if (type == "ssa_1099") {
    tax_form = {{"tax_year", "2025"},
                {"payer_name", "SOCIAL SECURITY ADMINISTRATION"},
                {"recipient_name", "JORDAN L SAMPLE"},
                {"recipient_tin", "123-45-6789"},
                {"net_benefits", "16401.00"},
                {"currency", "USD"}};
  }
  if (type.starts_with("form_1099_") || type == "ssa_1099") return tax_form;
  return Json::object();
}

}  // namespace kycx::validators::testing
