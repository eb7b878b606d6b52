#include "extractors/document_extractor.hpp"

namespace kycx::extractors {

// The foundation recognises no document type yet: every document is
// `unknown` and goes to review. Type-specific readers plug in here.
Classification classify(const std::vector<ocr::Page>& /*pages*/) { return Classification{}; }

Extraction extract(const Classification& /*classification*/, const std::vector<ocr::Page>& /*pages*/,
                   ocr::OcrEngine* /*ocr*/) {
  return Extraction{};
}

}  // namespace kycx::extractors
