// Parses the AAMVA DL/ID card design standard's PDF417 payload (versions 1 to
// 10): header, subfile designators, data elements, and the contract's
// drivers_license fields. Tolerates what real cards get wrong (missing or
// doubled separators, "AAMVA" for "ANSI ", version 1 headers, wrong subfile
// offsets) and reports each deviation as an AamvaProblem. Pure; thread-safe.
#pragma once

#include <string_view>

#include "core/error.hpp"
#include "extractors/barcode/aamva_record.hpp"

namespace kycx::extractors::barcode {

// The record a decoded barcode holds; its strings are UTF-8 (ISO 8859-1
// bytes are converted). Fails with kUnsupportedFormat when the payload is not
// an AAMVA DL/ID record at all (another barcode's text).
Result<AamvaRecord> parse_aamva(std::string_view payload);

}  // namespace kycx::extractors::barcode
