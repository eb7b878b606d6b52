// Reads a pay_stub from its labelled layout (contract section 4).
// Thread-safe: no shared state; the context belongs to the caller.
#pragma once

#include <optional>

#include "extractors/common/document_reader.hpp"
#include "extractors/common/extract_context.hpp"
#include "extractors/common/extraction.hpp"

namespace kycx::extractors::forms {

// The pay_stub fields found on the pages, or nullopt when none was found.
std::optional<Extraction> read_pay_stub(const ExtractContext& context);

class PayStubReader final : public DocumentReader {
 public:
  std::string_view document_type() const override;
  std::optional<Extraction> read(const Classification& classification, const ExtractContext& context) const override;
};

}  // namespace kycx::extractors::forms
