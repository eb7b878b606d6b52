#include "extractors/bank_statement_reader.hpp"

namespace kycx::extractors {

// Not yet implemented: no fields until this reader lands.
std::optional<Extraction> read_bank_statement(const ExtractContext& /*context*/) { return std::nullopt; }

}  // namespace kycx::extractors
