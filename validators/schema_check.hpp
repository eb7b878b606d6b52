// Holds a document's fields to its type's schema before anything is written:
// every field of the type present (missing ones null), required ones flagged
// `missing`, values breaking the schema flagged `invalid_format`, unknown
// fields dropped with an error check. Pure; thread-safe.
#pragma once

#include "core/envelope.hpp"
#include "schemas/document_schema.hpp"

namespace kycx::validators {

void apply_schema(const schemas::DocumentSchema& schema, Envelope& envelope);

}  // namespace kycx::validators
