// Reads a bank_statement from its labelled layout (contract section 4).
// Thread-safe: no shared state; the context belongs to the caller.
#pragma once

#include <optional>

#include "extractors/common/document_reader.hpp"
#include "extractors/common/extract_context.hpp"
#include "extractors/common/extraction.hpp"

namespace kycx::extractors::statements {

// The bank_statement fields found on the pages, or nullopt when none was found.
std::optional<Extraction> read_bank_statement(const ExtractContext& context);

class BankStatementReader final : public DocumentReader {
 public:
  std::string_view document_type() const override;
  std::optional<Extraction> read(const Classification& classification, const ExtractContext& context) const override;
};

}  // namespace kycx::extractors::statements
