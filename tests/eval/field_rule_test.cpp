#include "eval/field_rule.hpp"

#include <gtest/gtest.h>

#include "schemas/schema_registry.hpp"

namespace kycx::eval {
namespace {

const schemas::DocumentSchema* schema(const char* type) {
  return schemas::SchemaRegistry::builtin().find(type);
}

TEST(FieldRuleTest, SchemaSaysDatesAndMoney) {
  EXPECT_EQ(field_rule_for(schema("pay_stub"), "gross_pay", "1").kind, ValueKind::kMoney);
  EXPECT_EQ(field_rule_for(schema("pay_stub"), "pay_date", "x").kind, ValueKind::kDate);
  EXPECT_EQ(field_rule_for(schema("pay_stub"), "employer_name", "2026-01-01").kind, ValueKind::kText);
  EXPECT_EQ(field_rule_for(schema("w2"), "tax_year", "2025").kind, ValueKind::kText);
}

TEST(FieldRuleTest, TransactionsAreRowsOfFourKeys) {
  const FieldRule rule = field_rule_for(schema("bank_statement"), "transactions", Json::array());
  ASSERT_EQ(rule.kind, ValueKind::kRows);
  const std::vector<std::pair<std::string, ValueKind>> expected = {{"date", ValueKind::kDate},
                                                                   {"description", ValueKind::kText},
                                                                   {"amount", ValueKind::kMoney},
                                                                   {"balance", ValueKind::kMoney}};
  EXPECT_EQ(rule.row_keys, expected);
}

TEST(FieldRuleTest, MrzLinesAreAnOrderedListOfText) {
  const FieldRule rule = field_rule_for(schema("id_card"), "mrz_lines", Json::array());
  EXPECT_EQ(rule.kind, ValueKind::kList);
  EXPECT_EQ(rule.item_kind, ValueKind::kText);
}

TEST(FieldRuleTest, WithoutSchemaTheTruthDecides) {
  EXPECT_EQ(field_rule_for(nullptr, "when", "2026-01-02").kind, ValueKind::kDate);
  EXPECT_EQ(field_rule_for(nullptr, "total", "12.50").kind, ValueKind::kMoney);
  EXPECT_EQ(field_rule_for(nullptr, "name", "Ann").kind, ValueKind::kText);
  EXPECT_EQ(field_rule_for(schema("w2"), "not_in_schema", "3.00").kind, ValueKind::kMoney);
  const FieldRule rows = field_rule_for(nullptr, "items", Json::array({Json{{"on", "2026-01-02"}, {"sum", "1.00"}}}));
  ASSERT_EQ(rows.kind, ValueKind::kRows);
  EXPECT_EQ(rows.row_keys.size(), 2u);
  EXPECT_EQ(rows.row_keys[1].second, ValueKind::kMoney);
}

TEST(FieldRuleTest, PropertyKinds) {
  EXPECT_EQ(kind_of_property(Json{{"type", "string"}, {"format", "date"}}), ValueKind::kDate);
  EXPECT_EQ(
      kind_of_property(Json{{"anyOf", Json::array({Json{{"type", "string"}, {"pattern", "^-?[0-9]{1,12}\\.[0-9]{2}$"}},
                                                   Json{{"type", "null"}}})}}),
      ValueKind::kMoney);
  EXPECT_EQ(kind_of_property(Json{{"type", "string"}}), ValueKind::kText);
}

}  // namespace
}  // namespace kycx::eval
