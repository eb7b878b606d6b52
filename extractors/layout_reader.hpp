// Reads documents without a machine-readable zone from their labelled layout
// and tables: bank statements, pay stubs, utility bills and W-2s.
// Thread-safe: no shared state; the context belongs to the caller.
#pragma once

#include <optional>
#include <string_view>

#include "extractors/extract_context.hpp"
#include "extractors/extraction.hpp"

namespace kycx::extractors {

// The fields of `document_type` (contract section 4) read from the pages'
// words, or nullopt when the type has no layout reader or nothing was found.
std::optional<Extraction> read_layout_document(std::string_view document_type, const ExtractContext& context);

}  // namespace kycx::extractors
