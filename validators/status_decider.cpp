#include "validators/status_decider.hpp"

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
    if (check.result == CheckResult::kFail) review.add("check_failed:" + check.rule);
  }
  envelope.review = review;
  envelope.status = review.required ? DocumentStatus::kNeedsReview : DocumentStatus::kAccepted;
}

}  // namespace kycx::validators
