#include "extractors/mrz_reader.hpp"

namespace kycx::extractors {

// Not yet implemented: identity documents come out without fields (and go to
// review for their missing required values) until the MRZ reader lands.
std::optional<Extraction> read_mrz_document(const ExtractContext& /*context*/) { return std::nullopt; }

}  // namespace kycx::extractors
