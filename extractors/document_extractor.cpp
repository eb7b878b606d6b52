#include "extractors/document_extractor.hpp"

#include "extractors/barcode_reader.hpp"
#include "extractors/classifier.hpp"

namespace kycx::extractors {

Classification classify(const ExtractContext& context) { return classify_document(context); }

Extraction extract(const Classification& classification, const ExtractContext& context) {
  const std::string& type = classification.document_type;
  // Identity documents: machine-readable zone and barcode readers.
  if (type == "drivers_license") {
    const std::vector<BarcodeHit> hits =
        classification.barcodes.empty() ? find_pdf417(context) : classification.barcodes;
    if (auto reading = read_drivers_license(context, hits)) return std::move(reading->extraction);
    return {};
  }
  // Layout documents: labelled fields and tables.
  return {};
}

}  // namespace kycx::extractors
