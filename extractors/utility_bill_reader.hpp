// Reads a utility_bill from its labelled layout (contract section 4).
// Thread-safe: no shared state; the context belongs to the caller.
#pragma once

#include <optional>

#include "extractors/extract_context.hpp"
#include "extractors/extraction.hpp"

namespace kycx::extractors {

// The utility_bill fields found on the pages, or nullopt when none was found.
std::optional<Extraction> read_utility_bill(const ExtractContext& context);

}  // namespace kycx::extractors
