#include "validators/format_rules.hpp"

#include <string>

#include <gtest/gtest.h>

#include "tests/validators/rule_test_support.hpp"

namespace kycx::validators {
namespace {

using testing::run;

CheckResult one(RuleCheck check, const char* field, const Json& value) {
  return run(check, {field}, {{field, value}}).result;
}

CheckResult two(RuleCheck check, const char* a, const Json& va, const char* b, const Json& vb) {
  return run(check, {a, b}, {{a, va}, {b, vb}}).result;
}

constexpr auto kPass = CheckResult::kPass;
constexpr auto kFail = CheckResult::kFail;
constexpr auto kSkipped = CheckResult::kSkipped;

TEST(FormatRulesTest, MatchesShape) {
  EXPECT_TRUE(matches_shape("12-34-56", "99-99-99"));
  EXPECT_TRUE(matches_shape("M5V", "A9A"));
  EXPECT_FALSE(matches_shape("12-34-5", "99-99-99"));
  EXPECT_FALSE(matches_shape("m5v", "A9A"));
  EXPECT_FALSE(matches_shape("12 34 56", "99-99-99"));
}

TEST(FormatRulesTest, AbaRoutingChecksum) {
  EXPECT_EQ(one(check_aba_routing, "routing_number", "123456780"), kPass);
  EXPECT_EQ(one(check_aba_routing, "routing_number", "123456789"), kFail);
  EXPECT_EQ(one(check_aba_routing, "routing_number", "000000000"), kFail);
  EXPECT_EQ(one(check_aba_routing, "routing_number", "12345678"), kFail);
  EXPECT_EQ(one(check_aba_routing, "routing_number", nullptr), kSkipped);
}

TEST(FormatRulesTest, IbanMod97) {
  EXPECT_EQ(one(check_iban, "iban", "GB82WEST12345698765432"), kPass);
  EXPECT_EQ(one(check_iban, "iban", "DE89370400440532013000"), kPass);
  EXPECT_EQ(one(check_iban, "iban", "gb82 west 1234 5698 7654 32"), kPass);
  EXPECT_EQ(one(check_iban, "iban", "GB82WEST12345698765433"), kFail);
  EXPECT_EQ(one(check_iban, "iban", "GB28WEST12345698765432"), kFail);
  EXPECT_EQ(one(check_iban, "iban", "1282WEST12345698765432"), kFail);
  EXPECT_EQ(one(check_iban, "iban", nullptr), kSkipped);
}

TEST(FormatRulesTest, SortCodeFormat) {
  EXPECT_EQ(one(check_sort_code, "sort_code", "12-34-56"), kPass);
  EXPECT_EQ(one(check_sort_code, "sort_code", "123456"), kFail);
  EXPECT_EQ(one(check_sort_code, "sort_code", "12-34-5A"), kFail);
  // A US statement has no sort code: not applicable, never a failure.
  EXPECT_EQ(one(check_sort_code, "sort_code", nullptr), kSkipped);
}

TEST(FormatRulesTest, IbanMatchesSortCodeForUkIbansOnly) {
  EXPECT_EQ(two(check_iban_matches_sort_code, "iban", "GB82WEST12345698765432", "sort_code", "12-34-56"), kPass);
  EXPECT_EQ(two(check_iban_matches_sort_code, "iban", "GB82WEST12345698765432", "sort_code", "12-34-57"), kFail);
  EXPECT_EQ(two(check_iban_matches_sort_code, "iban", "DE89370400440532013000", "sort_code", "12-34-56"), kSkipped);
  EXPECT_EQ(two(check_iban_matches_sort_code, "iban", "GB82WEST12345698765432", "sort_code", nullptr), kSkipped);
  EXPECT_EQ(two(check_iban_matches_sort_code, "iban", "GB82WEST12345698765432", "sort_code", "123456"), kSkipped);
}

TEST(FormatRulesTest, SsnValidity) {
  EXPECT_EQ(one(check_ssn, "employee_ssn", "123-45-6789"), kPass);
  EXPECT_EQ(one(check_ssn, "employee_ssn", "899-01-0001"), kPass);
  EXPECT_EQ(one(check_ssn, "employee_ssn", "665-12-3456"), kPass);
  EXPECT_EQ(one(check_ssn, "employee_ssn", "667-12-3456"), kPass);
  EXPECT_EQ(one(check_ssn, "employee_ssn", "000-12-3456"), kFail);
  EXPECT_EQ(one(check_ssn, "employee_ssn", "666-12-3456"), kFail);
  EXPECT_EQ(one(check_ssn, "employee_ssn", "900-12-3456"), kFail);
  EXPECT_EQ(one(check_ssn, "employee_ssn", "999-12-3456"), kFail);
  EXPECT_EQ(one(check_ssn, "employee_ssn", "123-00-6789"), kFail);
  EXPECT_EQ(one(check_ssn, "employee_ssn", "123-45-0000"), kFail);
  EXPECT_EQ(one(check_ssn, "employee_ssn", "078-05-1120"), kFail);
  EXPECT_EQ(one(check_ssn, "employee_ssn", "123456789"), kFail);
  EXPECT_EQ(one(check_ssn, "employee_ssn", nullptr), kSkipped);
}

TEST(FormatRulesTest, SsnFailureDetailsNeverHoldTheNumber) {
  for (const std::string ssn : {"900-12-3456", "123-00-6789", "123-45-0000", "12345678", "078-05-1120"}) {
    const auto outcome = run(check_ssn, {"employee_ssn"}, {{"employee_ssn", ssn}});
    ASSERT_EQ(outcome.result, kFail) << ssn;
    std::string digits = ssn;
    std::erase(digits, '-');
    for (const auto& [key, value] : outcome.details) {
      EXPECT_EQ(value.find(ssn), std::string::npos) << value;
      EXPECT_EQ(value.find(digits), std::string::npos) << value;
      EXPECT_EQ(value.find(ssn.substr(3)), std::string::npos) << value;  // group and serial
    }
  }
}

TEST(FormatRulesTest, EinPrefix) {
  EXPECT_EQ(one(check_ein, "employer_ein", "12-3456789"), kPass);
  EXPECT_EQ(one(check_ein, "employer_ein", "01-0000001"), kPass);
  EXPECT_EQ(one(check_ein, "employer_ein", "07-3456789"), kFail);
  EXPECT_EQ(one(check_ein, "employer_ein", "00-3456789"), kFail);
  EXPECT_EQ(one(check_ein, "employer_ein", "123456789"), kFail);
  EXPECT_EQ(one(check_ein, "employer_ein", nullptr), kSkipped);
}

TEST(FormatRulesTest, IcaoCountryCode) {
  for (const char* code : {"GBR", "D", "UTO", "XXA", "EUE", "GBD", "USA"}) {
    EXPECT_EQ(one(check_icao_country, "nationality", code), kPass) << code;
  }
  EXPECT_EQ(one(check_icao_country, "nationality", "GER"), kFail);
  EXPECT_EQ(one(check_icao_country, "nationality", "DE"), kFail);
  EXPECT_EQ(one(check_icao_country, "nationality", "gbr"), kFail);
  EXPECT_EQ(one(check_icao_country, "nationality", nullptr), kSkipped);
  EXPECT_EQ(testing::detail(run(check_icao_country, {"nationality"}, {{"nationality", "GER"}}), "code"), "GER");
}

TEST(FormatRulesTest, StateOrProvinceCode) {
  for (const char* code : {"CA", "NY", "DC", "PR", "GU", "ON", "QC", "YT"}) {
    EXPECT_EQ(one(check_state_or_province, "address_state", code), kPass) << code;
  }
  EXPECT_EQ(one(check_state_or_province, "address_state", "XX"), kFail);
  EXPECT_EQ(one(check_state_or_province, "address_state", "ca"), kFail);
  EXPECT_EQ(one(check_state_or_province, "address_state", "Texas"), kFail);
  EXPECT_EQ(one(check_state_or_province, "address_state", nullptr), kSkipped);
}

TEST(FormatRulesTest, PostalCodeFollowsTheState) {
  const auto check = [](const Json& postal, const Json& state) {
    return two(check_postal_code_for_state, "address_postal_code", postal, "address_state", state);
  };
  EXPECT_EQ(check("95818", "CA"), kPass);
  EXPECT_EQ(check("95818-1234", "CA"), kPass);
  EXPECT_EQ(check("9581", "CA"), kFail);
  EXPECT_EQ(check("95818-12", "CA"), kFail);
  EXPECT_EQ(check("M5V 2T6", "CA"), kFail);
  EXPECT_EQ(check("M5V 2T6", "ON"), kPass);
  EXPECT_EQ(check("M5V2T6", "ON"), kPass);
  EXPECT_EQ(check("D5V 2T6", "ON"), kFail);
  EXPECT_EQ(check("W5V 2T6", "ON"), kFail);
  EXPECT_EQ(check("95818", "ON"), kFail);
  EXPECT_EQ(check("95818", nullptr), kPass);
  EXPECT_EQ(check("M5V 2T6", "XX"), kPass);
  EXPECT_EQ(check("LS6 2QH", nullptr), kFail);
  EXPECT_EQ(check(nullptr, "CA"), kSkipped);
}

TEST(FormatRulesTest, RegionFollowsTheCurrency) {
  const auto check = [](const Json& region, const Json& currency) {
    return two(check_region_for_currency, "service_address_region", region, "currency", currency);
  };
  EXPECT_EQ(check("TX", "USD"), kPass);
  EXPECT_EQ(check("ON", "USD"), kFail);
  EXPECT_EQ(check("ON", "CAD"), kPass);
  EXPECT_EQ(check("Ontario", "CAD"), kFail);
  EXPECT_EQ(check("West Yorkshire", "GBP"), kSkipped);
  EXPECT_EQ(check(nullptr, "USD"), kSkipped);
  EXPECT_EQ(check("TX", nullptr), kSkipped);
}

TEST(FormatRulesTest, PostalCodeFollowsTheCurrency) {
  const auto check = [](const Json& postal, const Json& currency) {
    return two(check_postal_code_for_currency, "service_address_postal_code", postal, "currency", currency);
  };
  EXPECT_EQ(check("30301", "USD"), kPass);
  EXPECT_EQ(check("30301-0001", "USD"), kPass);
  EXPECT_EQ(check("3030", "USD"), kFail);
  EXPECT_EQ(check("T2P 1J9", "CAD"), kPass);
  EXPECT_EQ(check("30301", "CAD"), kFail);
  for (const char* uk : {"LS6 2QH", "M1 1AE", "LS62QH", "EH12 9AB", "W1A 1AA", "EC1A 1BB", "GIR 0AA"}) {
    EXPECT_EQ(check(uk, "GBP"), kPass) << uk;
  }
  EXPECT_EQ(check("12345", "GBP"), kFail);
  EXPECT_EQ(check("LS6 QQH", "GBP"), kFail);
  EXPECT_EQ(check("10115", "EUR"), kSkipped);
  EXPECT_EQ(check(nullptr, "GBP"), kSkipped);
}

}  // namespace
}  // namespace kycx::validators
