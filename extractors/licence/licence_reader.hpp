// Reads a driver's licence: its AAMVA barcode as contract fields, checked
// against (or, without a readable barcode, replaced by) its printed front.
// Thread-safe: no shared state; the context belongs to the caller.
#pragma once

#include <optional>
#include <vector>

#include "extractors/barcode/aamva_record.hpp"
#include "extractors/common/barcode_hit.hpp"
#include "extractors/common/document_reader.hpp"
#include "extractors/common/extract_context.hpp"
#include "extractors/common/extraction.hpp"

namespace kycx::extractors::licence {

struct LicenseReading {
  Extraction extraction;                       // drivers_license fields, checks, extractor names
  std::optional<barcode::AamvaRecord> record;  // the barcode's AAMVA record, when one was read
  int barcode_page = -1;                       // 0-based page of that barcode, -1 without one
};

// The drivers_license fields (contract section 4): from the AAMVA barcode when
// one of `hits` holds an AAMVA record (method "barcode", source = the barcode
// box and the element's raw text), cross-checked with the printed front
// (checks "consistency.barcode_front.<field>"); from the front alone (method
// "ocr_rules") when no barcode could be read, with a failed
// "aamva.barcode_present" check. nullopt when neither yields any field.
std::optional<LicenseReading> read_drivers_license(const ExtractContext& context, const std::vector<BarcodeHit>& hits);

// The DocumentReader of driver's licences: the barcodes the classifier found,
// or a search of its own when it found none.
class LicenceReader final : public DocumentReader {
 public:
  std::string_view document_type() const override;
  std::optional<Extraction> read(const Classification& classification, const ExtractContext& context) const override;
};

}  // namespace kycx::extractors::licence
