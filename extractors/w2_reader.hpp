// Reads a w2 from its labelled layout (contract section 4).
// Thread-safe: no shared state; the context belongs to the caller.
#pragma once

#include <optional>

#include "extractors/extract_context.hpp"
#include "extractors/extraction.hpp"

namespace kycx::extractors {

// The w2 fields found on the pages, or nullopt when none was found.
std::optional<Extraction> read_w2(const ExtractContext& context);

}  // namespace kycx::extractors
