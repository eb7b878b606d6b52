// Entry points of the extraction layer used by the pipeline: classify a
// document, then extract its fields with the readers for its type.
// Thread-safe: no shared mutable state; the context belongs to the caller.
#pragma once

#include "extractors/common/extract_context.hpp"
#include "extractors/common/extraction.hpp"

namespace kycx::extractors {

Classification classify(const ExtractContext& context);

Extraction extract(const Classification& classification, const ExtractContext& context);

}  // namespace kycx::extractors
