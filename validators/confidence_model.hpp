// Turns a field's evidence (how it was read, OCR confidence, check digits,
// agreeing readings, rule outcomes) into the probability that its value is
// right: a logistic model followed by an isotonic correction, both fitted on
// labelled documents (`kycx calibrate`). Immutable after loading: share
// freely between threads.
#pragma once

#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/field.hpp"
#include "core/json.hpp"

namespace kycx::validators {

// The model's inputs for one field, in the order of feature_names().
std::vector<double> confidence_features(const Field& field);
const std::vector<std::string>& feature_names();

class ConfidenceModel {
 public:
  // The model shipped in validators/models/confidence.json (compiled in).
  static const ConfidenceModel& builtin();
  // REQUIRES: json has the same feature names as feature_names().
  static Result<ConfidenceModel> from_json(const Json& json);
  Json to_json() const;

  // Logistic regression (L2-regularised Newton iterations) on
  // (features, correct) pairs, then isotonic regression of its outputs.
  static ConfidenceModel fit(const std::vector<std::vector<double>>& features, const std::vector<bool>& correct,
                             double l2 = 1.0);

  // Probability in [0, 1] that `field`'s value is right. A reviewer's value
  // (method review) is taken as right; a missing value has probability 0.
  double probability(const Field& field) const;
  // The same from raw features (before the isotonic step when `raw`).
  double probability(const std::vector<double>& features, bool raw = false) const;

  const std::string& version() const { return version_; }
  void set_version(std::string version) { version_ = std::move(version); }
  void set_training_note(Json note) { training_ = std::move(note); }

 private:
  std::vector<double> weights_;
  double bias_ = 0.0;
  std::vector<std::pair<double, double>> isotonic_;  // (raw probability, calibrated), increasing
  std::string version_ = "untrained";
  Json training_;
};

}  // namespace kycx::validators
