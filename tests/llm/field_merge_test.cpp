#include "llm/field_merge.hpp"

#include <gtest/gtest.h>

namespace kycx::llm {
namespace {

Field field(Json value, Method method) {
  Field f;
  f.value = std::move(value);
  f.method = method;
  return f;
}

TEST(FieldMergeTest, FillsGapsConfirmsAgreementAndFlagsConflicts) {
  FieldSet det;
  det.set("employer_name", field("ACME TOOLS INC", Method::kOcrRules));
  det.set("wages", field("52340.12", Method::kOcrRules));
  det.set("tax_year", field(nullptr, Method::kOcrRules));
  FieldSet llm;
  llm.set("employer_name", field("Acme Tools, Inc", Method::kLlm));
  llm.set("wages", field("52340.21", Method::kLlm));
  llm.set("tax_year", field("2023", Method::kLlm));

  const MergeReport r = merge_fields(det, llm);
  EXPECT_EQ(r.agreed, std::vector<std::string>{"employer_name"});
  EXPECT_EQ(r.conflicts, std::vector<std::string>{"wages"});
  EXPECT_EQ(r.filled, std::vector<std::string>{"tax_year"});
  EXPECT_EQ(det.find("employer_name")->evidence.readings, 2);
  EXPECT_EQ(det.find("employer_name")->method, Method::kOcrRules);
  EXPECT_EQ(det.find("wages")->value, "52340.12");  // the deterministic value stays
  EXPECT_FALSE(det.find("wages")->evidence.readings_agree);
  EXPECT_EQ(det.find("wages")->review.reasons, std::vector<std::string>{"conflict"});
  EXPECT_EQ(det.find("tax_year")->method, Method::kLlm);
}

TEST(FieldMergeTest, NeverChallengesACheckedMrzOrABarcodeValue) {
  FieldSet det;
  Field mrz = field("L898902C3", Method::kMrz);
  mrz.evidence.self_checked = true;
  det.set("document_number", mrz);
  det.set("date_of_birth", field("1974-08-12", Method::kBarcode));
  Field unchecked = field("ERIKSSON", Method::kMrz);
  det.set("surname", unchecked);
  FieldSet llm;
  llm.set("document_number", field("L898902C8", Method::kLlm));
  llm.set("date_of_birth", field("1974-08-21", Method::kLlm));
  llm.set("surname", field("ERIKSON", Method::kLlm));

  const MergeReport r = merge_fields(det, llm);
  EXPECT_EQ(r.overruled, (std::vector<std::string>{"document_number", "date_of_birth"}));
  EXPECT_EQ(det.find("document_number")->value, "L898902C3");
  EXPECT_FALSE(det.find("document_number")->review.required);
  EXPECT_TRUE(det.find("date_of_birth")->evidence.readings_agree);
  EXPECT_EQ(r.conflicts, std::vector<std::string>{"surname"});  // no check digit covers it
}

TEST(FieldMergeTest, ArraysCompareRowByRowIgnoringSources) {
  const Json a = Json::array({Json{{"date", "2024-01-02"}, {"amount", "-5.00"}, {"source", Json::array()}}});
  const Json b = Json::array({Json{{"date", "2024-01-02"}, {"amount", "-5.00"}, {"confidence", 0.5}}});
  const Json c = Json::array({Json{{"date", "2024-01-02"}, {"amount", "-6.00"}}});
  EXPECT_TRUE(same_value(a, b));
  EXPECT_FALSE(same_value(a, c));
}

}  // namespace
}  // namespace kycx::llm
