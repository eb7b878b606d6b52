#include "validators/review_policy.hpp"

#include <gtest/gtest.h>

#include "schemas/schema_registry.hpp"

namespace kycx::validators {
namespace {

const schemas::DocumentSchema& w2() {
  return *schemas::SchemaRegistry::builtin().find("w2");
}

TEST(ReviewPolicyTest, ParsesThresholdOverrides) {
  auto t = parse_thresholds("w2.wages=0.95, surname = 0.8");
  ASSERT_TRUE(t) << t.error().message;
  EXPECT_DOUBLE_EQ(t->at("w2.wages"), 0.95);
  EXPECT_DOUBLE_EQ(t->at("surname"), 0.8);
  EXPECT_FALSE(parse_thresholds("wages"));
  EXPECT_FALSE(parse_thresholds("wages=high"));
  EXPECT_FALSE(parse_thresholds("wages=1.5"));
}

TEST(ReviewPolicyTest, TypeSpecificOverrideBeatsFieldOverrideBeatsDefaultBeatsSchema) {
  ReviewOptions o;
  EXPECT_DOUBLE_EQ(review_threshold(w2(), "wages", o), w2().field("wages")->review_threshold);
  o.default_threshold = 0.5;
  EXPECT_DOUBLE_EQ(review_threshold(w2(), "wages", o), 0.5);
  o.thresholds["wages"] = 0.7;
  EXPECT_DOUBLE_EQ(review_threshold(w2(), "wages", o), 0.7);
  o.thresholds["w2.wages"] = 0.99;
  EXPECT_DOUBLE_EQ(review_threshold(w2(), "wages", o), 0.99);
}

TEST(ReviewPolicyTest, LowConfidenceFieldsGoToReview) {
  Envelope e;
  e.document_type = "w2";
  Field sure;
  sure.value = "52000.00";
  sure.method = Method::kTextLayer;
  sure.evidence.ocr_confidence = 0.99;
  Field unsure = sure;
  unsure.method = Method::kOcrRules;
  unsure.evidence.ocr_confidence = 0.2;
  e.fields.set("wages", sure);
  e.fields.set("medicare_wages", unsure);
  e.fields.set("tax_year", Field{});
  // The threshold between the two values' confidences, whatever model is built in.
  const ConfidenceModel& model = ConfidenceModel::builtin();
  ASSERT_GT(model.probability(sure), model.probability(unsure));
  ReviewOptions o;
  o.default_threshold = (model.probability(sure) + model.probability(unsure)) / 2;
  apply_confidence(e, w2(), model, o);
  EXPECT_GT(e.fields.find("wages")->confidence, e.fields.find("medicare_wages")->confidence);
  EXPECT_FALSE(e.fields.find("wages")->review.required);
  EXPECT_EQ(e.fields.find("medicare_wages")->review.reasons, std::vector<std::string>{"low_confidence"});
  EXPECT_EQ(e.fields.find("tax_year")->confidence, 0.0);
  EXPECT_FALSE(e.fields.find("tax_year")->review.required);  // missing is apply_schema's business
}

}  // namespace
}  // namespace kycx::validators
