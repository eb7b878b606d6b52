#include "validators/schema_check.hpp"

#include <gtest/gtest.h>

#include "schemas/schema_registry.hpp"

namespace kycx::validators {
namespace {

const schemas::DocumentSchema& w2() {
  return *schemas::SchemaRegistry::builtin().find("w2");
}

Field value(Json v) {
  Field f;
  f.value = std::move(v);
  f.confidence = 0.99;
  return f;
}

TEST(SchemaCheckTest, EveryFieldOfTheTypeAppearsInSchemaOrder) {
  Envelope e;
  e.document_type = "w2";
  e.fields.set("wages", value("50000.00"));
  apply_schema(w2(), e);
  ASSERT_EQ(e.fields.size(), w2().fields().size());
  EXPECT_EQ(e.fields.begin()->first, "tax_year");
  EXPECT_TRUE(e.fields.find("tax_year")->missing());
  EXPECT_EQ(e.fields.find("tax_year")->review.reasons, std::vector<std::string>{"missing"});
  EXPECT_FALSE(e.fields.find("medicare_wages")->review.required);  // optional field: no reason
  EXPECT_FALSE(e.fields.find("wages")->review.required);
}

TEST(SchemaCheckTest, ValueBreakingTheFormatIsFlagged) {
  Envelope e;
  e.fields.set("employee_ssn", value("123456789"));
  e.fields.set("wages", value("1,000.00"));
  e.fields.set("tax_year", value("2025"));
  apply_schema(w2(), e);
  EXPECT_EQ(e.fields.find("employee_ssn")->review.reasons, std::vector<std::string>{"invalid_format"});
  EXPECT_EQ(e.fields.find("wages")->review.reasons, std::vector<std::string>{"invalid_format"});
  EXPECT_FALSE(e.fields.find("tax_year")->review.required);
}

TEST(SchemaCheckTest, UnknownFieldIsDroppedWithAFailedCheck) {
  Envelope e;
  e.fields.set("favourite_colour", value("blue"));
  apply_schema(w2(), e);
  EXPECT_FALSE(e.fields.contains("favourite_colour"));
  bool found = false;
  for (const auto& c : e.checks) found |= c.rule == "schema.unknown_field" && c.result == CheckResult::kFail;
  EXPECT_TRUE(found);
}

TEST(SchemaRegistryTest, BuiltinHasTheSevenContractTypesAndThe1099Family) {
  const auto types = schemas::SchemaRegistry::builtin().types();
  EXPECT_EQ(types, (std::vector<std::string>{"passport", "id_card", "drivers_license", "bank_statement", "pay_stub",
                                             "utility_bill", "w2", "form_1099_int", "form_1099_div", "form_1099_misc",
                                             "form_1099_nec", "form_1099_g", "form_1099_r", "ssa_1099"}));
  EXPECT_EQ(schemas::SchemaRegistry::builtin().find("form_1099_int")->field("recipient_tin")->redact, "ssn");
  const auto* passport = schemas::SchemaRegistry::builtin().find("passport");
  ASSERT_NE(passport, nullptr);
  EXPECT_TRUE(passport->field("surname")->required);
  EXPECT_FALSE(passport->field("place_of_birth")->required);
  EXPECT_EQ(schemas::SchemaRegistry::builtin().find("w2")->field("employee_ssn")->redact, "ssn");
  EXPECT_TRUE(schemas::SchemaRegistry::builtin().find("bank_statement")->field("transactions")->is_array);
}

TEST(SchemaRegistryTest, TransactionsAreValidatedItemByItem) {
  const auto* bs = schemas::SchemaRegistry::builtin().find("bank_statement");
  Json ok = {
      {"transactions",
       Json::array({{{"date", "2026-03-01"}, {"description", "Coffee"}, {"amount", "-3.50"}, {"balance", nullptr}}})}};
  auto about_transactions = [&](const Json& values) {
    int n = 0;
    for (const auto& v : bs->validate_values(values)) n += v.field == "transactions";
    return n;
  };
  EXPECT_EQ(about_transactions(ok), 0);  // other required fields are missing: not this test's concern
  Json bad = ok;
  bad["transactions"][0]["amount"] = "-3.5";
  EXPECT_GT(about_transactions(bad), 0);
}

}  // namespace
}  // namespace kycx::validators
