// Helpers every reader uses to turn what it read into a Field with its
// provenance: page, box, raw text and the evidence confidence is computed from.
// Pure functions; thread-safe.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "core/field.hpp"
#include "ocr/page_text.hpp"

namespace kycx::extractors {

// One source entry covering `words` (all on page `page`, counted from 1):
// the union of their boxes and their texts joined by spaces.
SourceRef source_from_words(int page, std::span<const ocr::Word* const> words);

// A field read from `words`. Evidence: the lowest word confidence.
// REQUIRES: words is not empty.
Field field_from_words(Json value, Method method, int page, std::span<const ocr::Word* const> words);

// A field read from a region that is not a list of OCR words (an MRZ
// character range, a barcode): one source with the given box and text.
Field field_from_region(Json value, Method method, int page, const BBox& box, std::string raw_text,
                        double ocr_confidence);

}  // namespace kycx::extractors
