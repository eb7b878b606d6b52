// Gives each field its calibrated confidence and sends the doubtful ones to
// review (`low_confidence`) by the field's threshold: the schema's
// x-kycx.review_threshold unless the configuration overrides it. Pure;
// thread-safe.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>

#include "core/envelope.hpp"
#include "schemas/document_schema.hpp"
#include "validators/confidence_model.hpp"

namespace kycx::validators {

struct ReviewOptions {
  std::optional<double> default_threshold;                  // replaces every schema threshold when set
  std::map<std::string, double> thresholds;                 // "type.field" or "field" -> threshold, beats the default
  std::shared_ptr<const ConfidenceModel> confidence_model;  // null: the built-in model

  const ConfidenceModel& model() const { return confidence_model ? *confidence_model : ConfidenceModel::builtin(); }
};

// Parses "w2.wages=0.95,surname=0.9" (comma or newline separated).
Result<std::map<std::string, double>> parse_thresholds(const std::string& text);

// The threshold that applies to `field` of `schema`'s type.
double review_threshold(const schemas::DocumentSchema& schema, const std::string& field, const ReviewOptions& options);

// Sets every present field's confidence from `model` and adds
// `low_confidence` where it falls below the field's threshold. Transaction
// items keep the confidence their reader gave them.
void apply_confidence(Envelope& envelope, const schemas::DocumentSchema& schema, const ConfidenceModel& model,
                      const ReviewOptions& options = {});

}  // namespace kycx::validators
