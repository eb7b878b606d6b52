// Gives each field its calibrated confidence and sends the doubtful ones to
// review (`low_confidence`) by the field's threshold: the schema's
// x-kycx.review_threshold unless the configuration overrides it. A value
// found only by where it stands (a masthead, an address block) that no
// second reading confirms goes to review too (`unconfirmed`), whatever its
// confidence: on layouts the model was not fitted on such values are wrong
// far more often than on those it was (docs/GENERALISATION.md). Pure;
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
  bool review_unconfirmed = true;                           // `unconfirmed` values go to review

  const ConfidenceModel& model() const { return confidence_model ? *confidence_model : ConfidenceModel::builtin(); }
};

// Parses "w2.wages=0.95,surname=0.9" (comma or newline separated).
Result<std::map<std::string, double>> parse_thresholds(const std::string& text);

// The threshold that applies to `field` of `schema`'s type.
double review_threshold(const schemas::DocumentSchema& schema, const std::string& field, const ReviewOptions& options);

// Whether a value rests on its position alone: found by where it stands,
// with no agreeing second reading.
bool unconfirmed(const FieldEvidence& evidence);

// Sets every present field's confidence from `model` and adds
// `low_confidence` where it falls below the field's threshold, and
// `unconfirmed` where unconfirmed() holds. Transaction
// items keep the confidence their reader gave them.
void apply_confidence(Envelope& envelope, const schemas::DocumentSchema& schema, const ConfidenceModel& model,
                      const ReviewOptions& options = {});

}  // namespace kycx::validators
