// Reads passports and identity cards from their machine readable zone
// (ICAO 9303 TD1, TD2, TD3): locates the band on the page image, reads it,
// parses and repairs it with the check digits, and cross-checks the visual
// zone. Thread-safe: no shared state; the context belongs to the caller.
#pragma once

#include <optional>

#include "extractors/extract_context.hpp"
#include "extractors/extraction.hpp"

namespace kycx::extractors {

// The passport or id_card fields (contract section 4) with their checks, or
// nullopt when no MRZ could be read on any page.
std::optional<Extraction> read_mrz_document(const ExtractContext& context);

}  // namespace kycx::extractors
