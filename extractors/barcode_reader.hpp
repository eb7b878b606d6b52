// Entry points for PDF417 barcodes: find and decode them on a document's
// pages, and read a driver's licence from its AAMVA barcode, checked against
// (or, without a readable barcode, replaced by) its printed front.
// Thread-safe: no shared state; the context belongs to the caller.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/geometry.hpp"
#include "extractors/aamva_record.hpp"
#include "extractors/barcode_hit.hpp"
#include "extractors/extract_context.hpp"
#include "extractors/extraction.hpp"
#include "extractors/pdf417_decoder.hpp"
#include "extractors/pdf417_locator.hpp"
#include "extractors/pdf417_rectifier.hpp"

namespace kycx::extractors {

struct BarcodeReaderOptions {
  int max_pages = 4;               // pages searched, from the first
  int render_dpi = 300;            // pixels per inch for pages that have only a text layer
  bool whole_page_attempt = true;  // one ZXing pass over the whole page besides the located regions
  int whole_page_side = 1800;      // px, longer side that pass works at (larger pages are reduced)
  double strong_crossings = 60;    // a region with this many bar crossings gets the slower retries
  Pdf417LocatorOptions locator;
  Pdf417RectifyOptions rectify;
};

// Decodes the PDF417 symbols of every page that has an image (rendering
// text-layer pages on demand), at most one per page, decoded hits first.
// Cheap on pages without a barcode: the locator rejects them before any slow
// decoding, so classifiers may call it on every short document.
std::vector<BarcodeHit> find_pdf417(const ExtractContext& context, const BarcodeReaderOptions& options = {});

// Whether any hit carries a decoded payload.
bool any_decoded(const std::vector<BarcodeHit>& hits);

struct LicenseReading {
  Extraction extraction;              // drivers_license fields, checks, extractor names
  std::optional<AamvaRecord> record;  // the barcode's AAMVA record, when one was read
  int barcode_page = -1;              // 0-based page of that barcode, -1 without one
};

// The drivers_license fields (contract section 4): from the AAMVA barcode when
// one of `hits` holds an AAMVA record (method "barcode", source = the barcode
// box and the element's raw text), cross-checked with the printed front
// (checks "consistency.barcode_front.<field>"); from the front alone (method
// "ocr_rules") when no barcode could be read, with a failed
// "aamva.barcode_present" check. nullopt when neither yields any field.
std::optional<LicenseReading> read_drivers_license(const ExtractContext& context, const std::vector<BarcodeHit>& hits);

}  // namespace kycx::extractors
