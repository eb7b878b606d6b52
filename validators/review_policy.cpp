#include "validators/review_policy.hpp"

#include <sstream>

namespace kycx::validators {

Result<std::map<std::string, double>> parse_thresholds(const std::string& text) {
  std::map<std::string, double> out;
  std::string item;
  std::stringstream in(text);
  while (std::getline(in, item, item.find('\n') != std::string::npos ? '\n' : ',')) {
    const auto start = item.find_first_not_of(" \t\r\n");
    if (start == std::string::npos) continue;
    item = item.substr(start);
    const auto eq = item.find('=');
    if (eq == std::string::npos || eq == 0) {
      return fail(ErrorCode::kInvalidArgument, "review threshold '" + item + "' is not of the form field=0.9");
    }
    const std::string key = item.substr(0, item.find_last_not_of(" \t", eq - 1) + 1);
    double value = 0;
    try {
      size_t used = 0;
      value = std::stod(item.substr(eq + 1), &used);
    } catch (const std::exception&) {
      return fail(ErrorCode::kInvalidArgument, "review threshold for '" + key + "' is not a number");
    }
    if (value < 0 || value > 1) {
      return fail(ErrorCode::kInvalidArgument, "review threshold for '" + key + "' must be between 0 and 1");
    }
    out[key] = value;
  }
  return out;
}

double review_threshold(const schemas::DocumentSchema& schema, const std::string& field, const ReviewOptions& options) {
  if (auto it = options.thresholds.find(schema.type() + "." + field); it != options.thresholds.end()) return it->second;
  if (auto it = options.thresholds.find(field); it != options.thresholds.end()) return it->second;
  if (options.default_threshold) return *options.default_threshold;
  const schemas::FieldSpec* spec = schema.field(field);
  return spec ? spec->review_threshold : 0.9;
}

bool unconfirmed(const FieldEvidence& e) {
  const bool second_reading = e.readings >= 2 && e.readings_agree;
  return e.by_position && !second_reading && e.second_reading != FieldEvidence::SecondReading::kAgrees;
}

void apply_confidence(Envelope& envelope, const schemas::DocumentSchema& schema, const ConfidenceModel& model,
                      const ReviewOptions& options) {
  for (auto& [name, field] : envelope.fields) {
    if (field.missing()) continue;
    field.confidence = model.probability(field);
    if (field.method != Method::kReview && field.confidence < review_threshold(schema, name, options)) {
      field.review.add("low_confidence");
    }
    if (field.method != Method::kReview && options.review_unconfirmed && unconfirmed(field.evidence)) {
      field.review.add("unconfirmed");
    }
  }
}

}  // namespace kycx::validators
