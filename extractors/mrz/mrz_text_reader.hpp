// Reads an MRZ from a page's words: a PDF text layer holds it exactly (with
// exact boxes); OCR words hold it with the usual confusions, which the parser
// realigns and repairs. Pure; thread-safe.
#pragma once

#include <optional>

#include "extractors/mrz/mrz_reading.hpp"
#include "ocr/page_text.hpp"

namespace kycx::extractors::mrz {

// The MRZ among the page's lines, if consecutive MRZ-looking lines parse as
// one. `page_index` is 0-based.
std::optional<MrzReading> read_mrz_text(const ocr::PageText& text, int page_index, const MrzParseOptions& options = {});

}  // namespace kycx::extractors::mrz
