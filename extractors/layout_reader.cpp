#include "extractors/layout_reader.hpp"

namespace kycx::extractors {

// Not yet implemented: layout documents come out without fields (and go to
// review for their missing required values) until the layout readers land.
std::optional<Extraction> read_layout_document(std::string_view /*document_type*/, const ExtractContext& /*context*/) {
  return std::nullopt;
}

}  // namespace kycx::extractors
