// Reads the 1099 family (1099-INT, -DIV, -MISC, -NEC, -G, -R, SSA-1099): types
// that are only a schema. The schema names each field's box by its first
// label ("1 Interest income", "Box 5 Net benefits for"); the box grid
// (form_boxes) reads the money in it, the payer's and recipient's names and
// TINs (masked TINs as printed, "***-**-1234"), the account number and the
// tax year printed large in the title. Thread-safe: no shared state.
#pragma once

#include <optional>
#include <string>

#include "extractors/common/document_reader.hpp"

namespace kycx::extractors::forms {

class TaxFormReader final : public DocumentReader {
 public:
  explicit TaxFormReader(std::string document_type) : type_(std::move(document_type)) {}
  std::string_view document_type() const override { return type_; }
  std::optional<Extraction> read(const Classification& classification, const ExtractContext& context) const override;

 private:
  std::string type_;
};

}  // namespace kycx::extractors::forms
