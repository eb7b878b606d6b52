#include "extractors/document_extractor.hpp"

#include "extractors/classifier.hpp"

namespace kycx::extractors {

Classification classify(const ExtractContext& context) { return classify_document(context); }

Extraction extract(const Classification& classification, const ExtractContext& context) {
  const std::string& type = classification.document_type;
  (void)context;
  // Identity documents: machine-readable zone and barcode readers.
  // Layout documents: labelled fields and tables.
  (void)type;
  return {};
}

}  // namespace kycx::extractors
