#include "extractors/document_extractor.hpp"

#include "extractors/barcode_reader.hpp"
#include "extractors/classifier.hpp"
#include "extractors/layout_reader.hpp"
#include "extractors/mrz_reader.hpp"

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
  if (type == "passport" || type == "id_card") {
    if (auto reading = read_mrz_document(context, type)) return std::move(*reading);
    return {};
  }
  // Layout documents: labelled fields and tables.
  if (auto reading = read_layout_document(type, context)) return std::move(*reading);
  return {};
}

}  // namespace kycx::extractors
