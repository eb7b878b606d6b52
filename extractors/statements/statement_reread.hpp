// Second readings of parts of a statement page the page's OCR missed (a
// narrow date column, a value beside its label): the region cut from the
// page image, read alone, and its words added to the page's rows.
// Used by one thread (the context's OCR engines are).
#pragma once

#include <vector>

#include "extractors/common/extract_context.hpp"
#include "extractors/statements/statement_rows.hpp"
#include "ocr/ocr_engine.hpp"

namespace kycx::extractors::statements {

struct RereadRequest {
  PageRegion region;
  ocr::SegmentationMode mode = ocr::SegmentationMode::kSingleLine;
  bool precise = false;  // use the slower, more accurate model when there is one
};

// The words read in `request.region` of page `index` (page counted from 0),
// boxes normalised on the original page; empty for a text layer, without an
// engine or image, or when OCR fails.
std::vector<ocr::Word> read_region(const ExtractContext& context, size_t index, const PageRows& page,
                                   const RereadRequest& request);

// Reads `request.region` of page `index` again and adds the words found there
// that do not overlap a word already on the page. Returns how many were
// added; 0 for a text layer, without an engine or image, or when OCR fails.
int reread_region_into_rows(const ExtractContext& context, size_t index, PageRows& page, const RereadRequest& request);

}  // namespace kycx::extractors::statements
