#include "validators/status_decider.hpp"

#include <algorithm>

#include "validators/rule_catalog.hpp"

namespace kycx::validators {

void decide_status(Envelope& envelope) {
  if (envelope.status == DocumentStatus::kRejected) {
    envelope.review = {};
    return;
  }
  ReviewState review;
  if (envelope.document_type == kUnknownDocumentType) review.add("unknown_document_type");
  for (const auto& entry : envelope.fields) {
    for (const auto& reason : entry.second.review.reasons) review.add(reason);
  }
  for (const auto& check : envelope.checks) {
    if (check.result != CheckResult::kFail) continue;
    if (rule_severity(check.rule) == Severity::kWarning) continue;  // recorded, not a review reason
    // A failed check over fields already put its reason on them (`check_failed:<rule>`
    // or a special one such as `expired`); only checks of the whole document add here.
    const bool on_fields = std::any_of(check.fields.begin(), check.fields.end(),
                                       [&](const std::string& f) { return envelope.fields.contains(f); });
    if (!on_fields) review.add("check_failed:" + check.rule);
  }
  envelope.review = review;
  envelope.status = review.required ? DocumentStatus::kNeedsReview : DocumentStatus::kAccepted;
}

}  // namespace kycx::validators
