#include "validators/confidence_model.hpp"

#include <algorithm>
#include <random>

#include <gtest/gtest.h>

namespace kycx::validators {
namespace {

Field field(Method m, double ocr, bool checked = false) {
  Field f;
  f.value = "L898902C3";
  f.method = m;
  f.evidence.ocr_confidence = ocr;
  f.evidence.self_checked = checked;
  return f;
}

TEST(ConfidenceModelTest, BuiltinModelLoadsAndGivesProbabilities) {
  const auto& m = ConfidenceModel::builtin();
  const double p = m.probability(field(Method::kOcrRules, 0.9));
  EXPECT_GE(p, 0.0);
  EXPECT_LE(p, 1.0);
  Field missing;
  EXPECT_EQ(m.probability(missing), 0.0);
  Field reviewed = field(Method::kReview, 0.1);
  EXPECT_EQ(m.probability(reviewed), 1.0);
}

TEST(ConfidenceModelTest, HowAValueWasFoundIsAFeature) {
  // A value the generic labelled-value reader found, and one a failed
  // plausibility check covers, differ from the same value read otherwise.
  const std::vector<std::string>& names = feature_names();
  const auto at = [&](const std::string& name) {
    return static_cast<size_t>(std::find(names.begin(), names.end(), name) - names.begin());
  };
  ASSERT_LT(at("generic_reader"), names.size());
  Field typed = field(Method::kOcrRules, 0.95);
  Field generic = typed;
  generic.evidence.generic = true;
  EXPECT_EQ(confidence_features(typed)[at("generic_reader")], 0.0);
  EXPECT_EQ(confidence_features(generic)[at("generic_reader")], 1.0);
  Field implausible = typed;
  implausible.evidence.checks_failed = 1;
  EXPECT_GT(confidence_features(implausible)[at("checks_failed")], 0.0);
  // The built-in model, fitted on several layouts, doubts a value a check failed.
  EXPECT_LT(ConfidenceModel::builtin().probability(implausible), ConfidenceModel::builtin().probability(typed));
}

TEST(ConfidenceModelTest, ASecondReaderAndAPositionOnlyFindingAreFeatures) {
  const std::vector<std::string>& names = feature_names();
  const auto at = [&](const std::string& name) {
    const auto i = static_cast<size_t>(std::find(names.begin(), names.end(), name) - names.begin());
    EXPECT_LT(i, names.size()) << name;
    return i;
  };
  Field single = field(Method::kOcrRules, 0.95);
  single.evidence.second_reading = FieldEvidence::SecondReading::kSilent;
  Field agreed = single, disputed = single, placed = single;
  agreed.evidence.second_reading = FieldEvidence::SecondReading::kAgrees;
  disputed.evidence.second_reading = FieldEvidence::SecondReading::kDisagrees;
  placed.evidence.by_position = true;
  EXPECT_EQ(confidence_features(single)[at("second_reader_silent")], 1.0);
  EXPECT_EQ(confidence_features(agreed)[at("second_reader_agrees")], 1.0);
  EXPECT_EQ(confidence_features(agreed)[at("second_reader_silent")], 0.0);
  EXPECT_EQ(confidence_features(disputed)[at("second_reader_disagrees")], 1.0);
  EXPECT_EQ(confidence_features(placed)[at("position_only")], 1.0);
  // Fitted on labelled layouts: two readers agreeing is worth more than one,
  // and two disagreeing less.
  const ConfidenceModel& m = ConfidenceModel::builtin();
  EXPECT_GT(m.probability(agreed), m.probability(single));
  EXPECT_LT(m.probability(disputed), m.probability(single));
}

TEST(ConfidenceModelTest, FitRecoversAKnownRelationAndIsCalibrated) {
  // Truth: a value is right with probability sigmoid(3 * ocr_logit_feature - 1 + 2 * self_checked).
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  std::vector<std::vector<double>> xs;
  std::vector<bool> ys;
  for (int i = 0; i < 6000; ++i) {
    Field f = field(i % 2 ? Method::kOcrRules : Method::kMrz, 0.3 + 0.69 * u(rng), u(rng) < 0.3);
    const auto x = confidence_features(f);
    const double z = 3 * x[5] / 4.0 - 1 + 2 * x[6];
    ys.push_back(u(rng) < 1 / (1 + std::exp(-z)));
    xs.push_back(x);
  }
  const ConfidenceModel m = ConfidenceModel::fit(xs, ys, 0.1);
  // Expected calibration error over 10 bins on the training data.
  std::vector<double> conf_sum(10), right(10), count(10);
  for (size_t i = 0; i < xs.size(); ++i) {
    const double p = m.probability(xs[i]);
    const int bin = std::min(9, static_cast<int>(p * 10));
    conf_sum[bin] += p;
    right[bin] += ys[i];
    count[bin] += 1;
  }
  double ece = 0;
  for (int b = 0; b < 10; ++b) {
    if (count[b] > 0) ece += count[b] / xs.size() * std::abs(right[b] / count[b] - conf_sum[b] / count[b]);
  }
  EXPECT_LT(ece, 0.02);
  // Monotone in the evidence: more OCR confidence, more probability.
  EXPECT_LT(m.probability(field(Method::kOcrRules, 0.4)), m.probability(field(Method::kOcrRules, 0.95)));
  EXPECT_LT(m.probability(field(Method::kOcrRules, 0.7)), m.probability(field(Method::kOcrRules, 0.7, true)));
}

TEST(ConfidenceModelTest, EvidenceThatWasAlwaysRightIsStillNotCertainty) {
  // 500 values with this evidence, every one right: the fitted probability
  // must stay below 1 (a wrong value accepted at 1.0 cannot be explained).
  const auto strong = confidence_features(field(Method::kOcrRules, 0.97, true));
  const auto weak = confidence_features(field(Method::kOcrRules, 0.4));
  std::vector<std::vector<double>> xs;
  std::vector<bool> ys;
  for (int i = 0; i < 500; ++i) {
    xs.push_back(strong);
    ys.push_back(true);
    xs.push_back(weak);
    ys.push_back(i % 2 == 0);
  }
  const ConfidenceModel m = ConfidenceModel::fit(xs, ys, 1.0);
  const double p = m.probability(strong);
  EXPECT_GT(p, 0.99);
  EXPECT_LT(p, 1.0);
  EXPECT_NEAR(m.probability(weak), 0.5, 0.01);
}

TEST(ConfidenceModelTest, JsonRoundTripKeepsPredictions) {
  std::vector<std::vector<double>> xs = {confidence_features(field(Method::kMrz, 0.9, true)),
                                         confidence_features(field(Method::kOcrRules, 0.5))};
  const ConfidenceModel m = ConfidenceModel::fit({xs[0], xs[1], xs[0], xs[1]}, {true, false, true, true}, 1.0);
  auto back = ConfidenceModel::from_json(m.to_json());
  ASSERT_TRUE(back);
  EXPECT_NEAR(back->probability(xs[0]), m.probability(xs[0]), 1e-5);
  Json wrong = m.to_json();
  wrong["features"][0] = "something_else";
  EXPECT_FALSE(ConfidenceModel::from_json(wrong));
}

}  // namespace
}  // namespace kycx::validators
