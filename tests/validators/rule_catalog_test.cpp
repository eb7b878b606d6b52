#include "validators/rule_catalog.hpp"

#include <map>
#include <regex>
#include <set>

#include <gtest/gtest.h>

#include "schemas/schema_registry.hpp"
#include "tests/validators/rule_test_support.hpp"
#include "tests/validators/sample_documents.hpp"
#include "validators/rule_checks.hpp"
#include "validators/rule_engine.hpp"

namespace kycx::validators {
namespace {

using schemas::SchemaRegistry;

std::vector<std::string> contract_types() {
  return SchemaRegistry::builtin().types();
}

TEST(RuleCatalogTest, EveryContractTypeHasRules) {
  const auto types = contract_types();
  ASSERT_EQ(types.size(), 14u);  // the contract's seven and the 1099 family
  for (const auto& type : types) EXPECT_FALSE(rules_for(type).empty()) << type;
  const auto with_rules = types_with_rules();
  EXPECT_EQ(std::set<std::string>(with_rules.begin(), with_rules.end()),
            std::set<std::string>(types.begin(), types.end()));
}

TEST(RuleCatalogTest, UnknownTypesHaveNoRules) {
  EXPECT_TRUE(rules_for("unknown").empty());
  EXPECT_TRUE(rules_for("").empty());
  EXPECT_TRUE(rules_for("PASSPORT").empty());
}

TEST(RuleCatalogTest, NamesAreDottedAndUniquePerType) {
  const std::regex dotted("^[a-z0-9_]+(\\.[a-z0-9_]+)+$");
  for (const auto& type : contract_types()) {
    std::set<std::string> seen;
    for (const Rule& rule : rules_for(type)) {
      EXPECT_TRUE(std::regex_match(rule.name, dotted)) << rule.name;
      EXPECT_TRUE(seen.insert(rule.name).second) << type << " declares " << rule.name << " twice";
    }
  }
}

TEST(RuleCatalogTest, EveryRuleHasFieldsOfItsTypeACheckAndAMessage) {
  for (const auto& type : contract_types()) {
    const auto* schema = SchemaRegistry::builtin().find(type);
    ASSERT_NE(schema, nullptr);
    for (const Rule& rule : rules_for(type)) {
      EXPECT_NE(rule.check, nullptr) << rule.name;
      EXPECT_FALSE(uses_unknown_check(rule)) << rule.name << " names a check kycx does not have";
      EXPECT_FALSE(rule.message.empty()) << rule.name;
      EXPECT_FALSE(rule.fields.empty()) << rule.name;
      for (const auto& field : rule.fields) {
        EXPECT_NE(schema->field(field), nullptr) << type << ": " << rule.name << " covers unknown field " << field;
      }
    }
  }
}

TEST(RuleCatalogTest, ASchemaRuleNamingAnUnknownCheckIsSkippedSayingSo) {
  const auto schema = schemas::DocumentSchema::parse(R"({"title": "custom", "properties": {"a": {"type": "string"}},
      "x-kycx": {"rules": [{"rule": "custom.a", "check": "no_such_check", "fields": ["a"], "message": "m"}]}})",
                                                     "test");
  ASSERT_TRUE(schema.has_value());
  ASSERT_EQ(schema->rules().size(), 1u);
  EXPECT_EQ(schema->rules()[0].check, "no_such_check");
  EXPECT_EQ(find_check("no_such_check"), nullptr);
  EXPECT_NE(find_check("medicare_tax"), nullptr);
}

TEST(RuleCatalogTest, ASchemaRuleOverAFieldItLacksIsRefused) {
  const auto schema = schemas::DocumentSchema::parse(R"({"title": "custom", "properties": {"a": {"type": "string"}},
      "x-kycx": {"rules": [{"rule": "custom.b", "check": "ssn", "fields": ["b"], "message": "m"}]}})",
                                                     "test");
  ASSERT_FALSE(schema.has_value());
  EXPECT_NE(schema.error().message.find("no property named b"), std::string::npos);
}

TEST(RuleCatalogTest, ARuleNameMeansTheSameEverywhere) {
  std::map<std::string, const Rule*> first;
  for (const auto& type : contract_types()) {
    for (const Rule& rule : rules_for(type)) {
      const auto [it, inserted] = first.emplace(rule.name, &rule);
      if (inserted) continue;
      EXPECT_EQ(it->second->severity, rule.severity) << rule.name;
      EXPECT_EQ(it->second->failure_reason(), rule.failure_reason()) << rule.name;
      EXPECT_EQ(rule_severity(rule.name), rule.severity) << rule.name;
    }
  }
}

TEST(RuleCatalogTest, SeveritiesAndReasons) {
  EXPECT_EQ(rule_severity("pay_stub.pay_date_after_period_end"), Severity::kWarning);
  EXPECT_EQ(rule_severity("w2.social_security_tax_rate"), Severity::kError);
  EXPECT_EQ(rule_severity("consistency.mrz_viz.surname"), std::nullopt);
  for (const auto& type : {"passport", "id_card", "drivers_license"}) {
    for (const Rule& rule : rules_for(type)) {
      if (rule.name == "date.not_expired")
        EXPECT_EQ(rule.failure_reason(), "expired");
      else
        EXPECT_EQ(rule.failure_reason(), "check_failed:" + rule.name);
    }
  }
}

TEST(RuleCatalogTest, SampleDocumentsMatchTheirSchemas) {
  for (const auto& type : contract_types()) {
    Json values = testing::sample_fields(type);
    for (auto it = values.begin(); it != values.end();) {
      it = it->is_null() ? values.erase(it) : std::next(it);
    }
    const auto violations = SchemaRegistry::builtin().find(type)->validate_values(values);
    for (const auto& v : violations) ADD_FAILURE() << type << ": " << v.field << ": " << v.message;
  }
}

TEST(RuleCatalogTest, EveryRuleSkipsOnAnEmptyDocument) {
  for (const auto& type : contract_types()) {
    Json nulls = Json::object();
    for (const auto& spec : SchemaRegistry::builtin().find(type)->fields()) nulls[spec.name] = nullptr;
    const auto runs = run_rules(rules_for(type), testing::fields_of(nulls), type, {}, testing::kToday);
    for (const auto& run : runs) {
      EXPECT_EQ(run.check.result, CheckResult::kSkipped) << type << ": " << run.check.rule;
      EXPECT_FALSE(run.check.message.empty()) << run.check.rule;
    }
  }
}

TEST(RuleCatalogTest, EveryRulePassesOrSkipsOnAValidDocument) {
  for (const auto& type : contract_types()) {
    const auto runs =
        run_rules(rules_for(type), testing::fields_of(testing::sample_fields(type)), type, {}, testing::kToday);
    int passes = 0;
    for (const auto& run : runs) {
      EXPECT_NE(run.check.result, CheckResult::kFail) << type << ": " << run.check.rule << ": " << run.check.message;
      passes += run.check.result == CheckResult::kPass ? 1 : 0;
    }
    // A US statement has no sort code or IBAN: those three rules are skipped.
    EXPECT_GE(passes, static_cast<int>(runs.size()) - 3) << type;
  }
}

}  // namespace
}  // namespace kycx::validators
