#include "eval/document_score.hpp"

#include <algorithm>

#include "eval/normalize.hpp"

namespace kycx::eval {

namespace {

FieldScore score_field(const std::string& name, const Json& truth, const Field* predicted, const FieldRule& rule,
                       bool document_usable) {
  FieldScore score;
  score.field = name;
  const Json predicted_value = predicted != nullptr ? predicted->value : Json(nullptr);
  const Json want = normalize_value(truth, rule);
  const Json got = normalize_value(predicted_value, rule);
  score.truth_null = want.is_null();
  score.predicted_null = got.is_null();
  score.correct = want == got;
  if (rule.kind == ValueKind::kRows) score.rows = match_rows(want, got);
  if (predicted != nullptr) {
    score.confidence = score.predicted_null ? 0.0 : std::clamp(predicted->confidence, 0.0, 1.0);
    score.review_required = predicted->review.required;
    score.review_reasons = predicted->review.reasons;
    score.other_review_reason = std::any_of(score.review_reasons.begin(), score.review_reasons.end(),
                                            [](const std::string& reason) { return reason != kLowConfidence; }) ||
                                (score.review_required && score.review_reasons.empty());
  }
  score.eligible = document_usable && !score.predicted_null && !score.other_review_reason;
  score.accepted = score.eligible && !score.review_required;
  return score;
}

}  // namespace

std::string DocumentScore::display_name() const {
  if (!part) return relative_path;
  return relative_path + (part->pages.pages() == 1 ? " [page " : " [pages ") + part->pages.text() + "]";
}

DocumentScore score_document(const LabelledDocument& truth, const Envelope& envelope,
                             const schemas::SchemaRegistry& registry) {
  DocumentScore doc;
  doc.relative_path = truth.relative_path;
  doc.truth_type = truth.document_type;
  doc.predicted_type = envelope.document_type;
  doc.status = envelope.status;
  for (const EnvelopeError& error : envelope.errors) doc.error_codes.push_back(error.code);
  doc.pages =
      envelope.source.page_count > 0 ? envelope.source.page_count : static_cast<std::int64_t>(envelope.pages.size());
  doc.duration_ms = envelope.provenance.duration_ms;
  const schemas::DocumentSchema* schema = registry.find(truth.document_type);
  const bool usable = !doc.rejected() && doc.type_correct();
  for (const auto& [name, value] : truth.fields.items()) {
    const FieldRule rule = field_rule_for(schema, name, value);
    doc.fields.push_back(score_field(name, value, envelope.fields.find(name), rule, usable));
  }
  return doc;
}

}  // namespace kycx::eval
