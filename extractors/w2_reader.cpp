#include "extractors/w2_reader.hpp"

namespace kycx::extractors {

// Not yet implemented: no fields until this reader lands.
std::optional<Extraction> read_w2(const ExtractContext& /*context*/) { return std::nullopt; }

}  // namespace kycx::extractors
