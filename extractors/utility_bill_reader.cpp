#include "extractors/utility_bill_reader.hpp"

namespace kycx::extractors {

// Not yet implemented: no fields until this reader lands.
std::optional<Extraction> read_utility_bill(const ExtractContext& /*context*/) { return std::nullopt; }

}  // namespace kycx::extractors
