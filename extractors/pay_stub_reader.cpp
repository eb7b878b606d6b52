#include "extractors/pay_stub_reader.hpp"

namespace kycx::extractors {

// Not yet implemented: no fields until this reader lands.
std::optional<Extraction> read_pay_stub(const ExtractContext& /*context*/) { return std::nullopt; }

}  // namespace kycx::extractors
