// The document types kycx knows: the built-in schemas (compiled in from
// schemas/types/*.schema.json) plus any dropped into a schema folder.
// Immutable after loading; thread-safe to share.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "schemas/document_schema.hpp"

namespace kycx::schemas {

class SchemaRegistry {
 public:
  // The seven contract types.
  static const SchemaRegistry& builtin();
  // Built-ins plus every *.schema.json in `folder`; a file whose title names a
  // built-in type replaces it. Fails on the first unusable file.
  static Result<SchemaRegistry> with_folder(const std::filesystem::path& folder);

  const DocumentSchema* find(std::string_view type) const;
  const std::vector<DocumentSchema>& all() const { return schemas_; }
  std::vector<std::string> types() const;

 private:
  std::vector<DocumentSchema> schemas_;
};

}  // namespace kycx::schemas
