// The interface every reader family implements: the fields of one document
// type, read from a classified document's pages. A reader holds only constant
// options, so one instance serves every thread.
#pragma once

#include <optional>
#include <string_view>

#include "extractors/common/extract_context.hpp"
#include "extractors/common/extraction.hpp"

namespace kycx::extractors {

class DocumentReader {
 public:
  virtual ~DocumentReader() = default;

  // The type this reader serves, as the contract names it ("passport").
  virtual std::string_view document_type() const = 0;

  // The type's fields (contract section 4) and the checks the reader ran
  // itself; nullopt when nothing of the type could be read.
  // REQUIRES: classification.document_type == document_type().
  virtual std::optional<Extraction> read(const Classification& classification, const ExtractContext& context) const = 0;
};

}  // namespace kycx::extractors
