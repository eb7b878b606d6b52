// Entry point for PDF417 barcodes: find and decode them on a document's
// pages (the located regions rectified, the whole page as a fallback).
// Thread-safe: no shared state; the context belongs to the caller.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/geometry.hpp"
#include "extractors/barcode/pdf417_decoder.hpp"
#include "extractors/barcode/pdf417_locator.hpp"
#include "extractors/barcode/pdf417_rectifier.hpp"
#include "extractors/common/barcode_hit.hpp"
#include "extractors/common/extract_context.hpp"

namespace kycx::extractors::barcode {

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

}  // namespace kycx::extractors::barcode
