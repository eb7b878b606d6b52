// Turns field-level review flags, checks and errors into the document's
// status and review reasons (contract section 2). Pure; thread-safe.
#pragma once

#include "core/envelope.hpp"

namespace kycx::validators {

// Sets `envelope.review` and `envelope.status`:
//  - rejected when the envelope carries errors from ingest (unreadable file);
//  - needs_review (reasons: the distinct codes of its fields, plus
//    `check_failed:<rule>` for failed document-level checks; each field says
//    its own) when the type is unknown, any field needs review, or a check of
//    error severity failed (warnings are recorded only);
//  - accepted otherwise.
void decide_status(Envelope& envelope);

}  // namespace kycx::validators
