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

TEST(ReviewPolicyTest, AValueFoundOnlyByWhereItStandsGoesToReviewUnlessConfirmed) {
  Envelope e;
  e.document_type = "utility_bill";
  Field masthead;
  masthead.value = "Northshore Energy";
  masthead.evidence.ocr_confidence = 0.99;
  masthead.evidence.by_position = true;
  Field confirmed = masthead;
  confirmed.evidence.second_reading = FieldEvidence::SecondReading::kAgrees;
  Field voted = masthead;
  voted.evidence.readings = 2;
  Field labelled = masthead;
  labelled.evidence.by_position = false;
  e.fields.set("provider_name", masthead);
  e.fields.set("account_holder_name", confirmed);
  e.fields.set("service_address_street", voted);
  e.fields.set("service_address_city", labelled);
  ReviewOptions o;
  o.default_threshold = 0.0;  // confidence sends none to review
  const auto& bill = *schemas::SchemaRegistry::builtin().find("utility_bill");
  apply_confidence(e, bill, ConfidenceModel::builtin(), o);
  EXPECT_EQ(e.fields.find("provider_name")->review.reasons, std::vector<std::string>{"unconfirmed"});
  EXPECT_FALSE(e.fields.find("account_holder_name")->review.required);
  EXPECT_FALSE(e.fields.find("service_address_street")->review.required);
  EXPECT_FALSE(e.fields.find("service_address_city")->review.required);
  Envelope off = e;
  off.fields.find("provider_name")->review = {};
  o.review_unconfirmed = false;
  apply_confidence(off, bill, ConfidenceModel::builtin(), o);
  EXPECT_FALSE(off.fields.find("provider_name")->review.required);
}

}  // namespace
}  // namespace kycx::validators
