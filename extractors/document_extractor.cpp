#include "extractors/document_extractor.hpp"

#include "extractors/classifier.hpp"
#include "extractors/reader_registry.hpp"

namespace kycx::extractors {

Classification classify(const ExtractContext& context) {
  return classify_document(context);
}

Extraction extract(const Classification& classification, const ExtractContext& context) {
  const DocumentReader* reader = find_reader(classification.document_type);
  if (reader == nullptr) return {};
  if (auto reading = reader->read(classification, context)) return std::move(*reading);
  return {};
}

}  // namespace kycx::extractors
