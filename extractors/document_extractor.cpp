#include "extractors/document_extractor.hpp"

namespace kycx::extractors {

// The foundation recognises no document type yet: every document is
// `unknown` and goes to review. Type-specific readers plug in here.
Classification classify(const ExtractContext& /*context*/) { return Classification{}; }

Extraction extract(const Classification& /*classification*/, const ExtractContext& /*context*/) {
  return Extraction{};
}

}  // namespace kycx::extractors
