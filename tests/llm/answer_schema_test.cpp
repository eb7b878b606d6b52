#include "llm/answer_schema.hpp"

#include <gtest/gtest.h>

#include "schemas/schema_registry.hpp"

namespace kycx::llm {
namespace {

const schemas::DocumentSchema& schema_of(const char* type) {
  return *schemas::SchemaRegistry::builtin().find(type);
}

Json entry(Json value) {
  return Json{{"value", std::move(value)}, {"lines", Json::array({"p1:l1"})}};
}

Json w2_answer() {
  Json a = Json::object();
  for (const auto& f : schema_of("w2").fields()) a[f.name] = entry(nullptr);
  return a;
}

// Every object in a strict-mode schema requires all its properties and no others.
void expect_strict(const Json& s, const std::string& where) {
  if (s.is_object()) {
    if (s.value("type", Json()) == "object" ||
        (s.contains("type") && s["type"].is_array() && s["type"][0] == "object")) {
      ASSERT_TRUE(s.contains("additionalProperties")) << where;
      EXPECT_EQ(s["additionalProperties"], false) << where;
      EXPECT_EQ(s["required"].size(), s["properties"].size()) << where;
    }
    EXPECT_FALSE(s.contains("x-kycx")) << where;
    for (const auto& [k, v] : s.items()) expect_strict(v, where + "/" + k);
  } else if (s.is_array()) {
    for (const auto& v : s) expect_strict(v, where);
  }
}

TEST(AnswerSchemaTest, EveryBuiltInTypeGivesAStrictModeSchema) {
  for (const auto& schema : schemas::SchemaRegistry::builtin().all()) {
    const AnswerSchema a = AnswerSchema::build(schema);
    EXPECT_EQ(a.name, "kycx_" + schema.type());
    expect_strict(a.wire, schema.type());
    EXPECT_EQ(a.wire.dump().find("maxLength"), std::string::npos) << schema.type();
    EXPECT_NE(a.local.dump().find("maxLength"), std::string::npos) << schema.type();
  }
}

TEST(AnswerSchemaTest, AcceptsAConformingAnswerAndNamesBrokenFields) {
  const AnswerSchema a = AnswerSchema::build(schema_of("w2"));
  Json answer = w2_answer();
  answer["wages"] = entry("52340.12");
  answer["employee_ssn"] = entry("[SSN_1]");  // a redacted field takes a placeholder
  EXPECT_TRUE(a.violations(answer).empty());

  answer["wages"] = entry("$52,340.12");
  answer["employer_name"] = entry(std::string(500, 'x'));  // maxLength, which some servers ignore
  EXPECT_EQ(a.violations(answer), (std::vector<std::string>{"employer_name", "wages"}));

  Json missing = w2_answer();
  missing.erase("wages");
  EXPECT_FALSE(a.violations(missing).empty());
  Json extra = w2_answer();
  extra["verified"] = true;
  EXPECT_FALSE(a.violations(extra).empty());
}

TEST(AnswerSchemaTest, TransactionRowsCarryTheirOwnLines) {
  const AnswerSchema a = AnswerSchema::build(schema_of("bank_statement"));
  const Json& item = a.local["properties"]["transactions"]["properties"]["value"]["items"];
  EXPECT_TRUE(item["properties"].contains("lines"));
  EXPECT_TRUE(item["properties"].contains("balance"));
}

TEST(AnswerSchemaTest, TypeChoiceOffersUnknown) {
  const AnswerSchema a = AnswerSchema::for_types({"w2", "pay_stub"});
  EXPECT_TRUE(a.violations(Json{{"document_type", "unknown"}, {"lines", Json::array()}}).empty());
  EXPECT_FALSE(a.violations(Json{{"document_type", "passport"}, {"lines", Json::array()}}).empty());
}

}  // namespace
}  // namespace kycx::llm
