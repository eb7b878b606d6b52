// A PDF417 symbol found on a page (extractors/barcode/barcode_reader.hpp finds them;
// the classifier keeps them for the readers). Plain value type.
#pragma once

#include <string>

#include "core/geometry.hpp"

namespace kycx::extractors {

// One PDF417 symbol on a page. A region that looks strongly like a PDF417 but
// could not be decoded (smudged, cut off) is reported too, with an empty
// payload, so a reader can tell "no barcode" from "unreadable barcode".
struct BarcodeHit {
  std::string payload;  // decoded bytes; empty when !decoded
  bool decoded = false;
  int page_index = 0;    // 0-based
  BBox box;              // normalised to the original page (contract section 2)
  bool located = false;  // decoded from a located, rectified region rather than the whole page
  int attempt = 0;       // 0: first try; higher: sharpened/binarised/rescaled copies were needed
  std::string ec_level;  // error correction level ZXing reports, may be empty
};

}  // namespace kycx::extractors
