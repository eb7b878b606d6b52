// Entry points of the extraction layer used by the pipeline: classify a
// document, then extract its fields. Thread-safe: no shared mutable state;
// the OCR engine passed in belongs to the calling thread.
#pragma once

#include <vector>

#include "extractors/extraction.hpp"
#include "ocr/ocr_engine.hpp"
#include "ocr/page.hpp"

namespace kycx::extractors {

Classification classify(const std::vector<ocr::Page>& pages);

// `ocr` may be null (no re-reading of regions, e.g. in unit tests).
Extraction extract(const Classification& classification, const std::vector<ocr::Page>& pages,
                   ocr::OcrEngine* ocr);

}  // namespace kycx::extractors
