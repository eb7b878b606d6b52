// The JSON Schema of the model's answer for one document type, derived from
// the type's schema file: per field {"value": <the field's schema, nullable>,
// "lines": ["p1:l12", ...]}, every property required and no others (OpenAI
// strict mode). Two forms: `wire` (sent; keywords some servers reject are
// dropped) and `local` (what we hold the answer to ourselves). Immutable;
// share freely between threads.
#pragma once

#include <string>
#include <vector>

#include "core/json.hpp"
#include "schemas/document_schema.hpp"

namespace kycx::llm {

struct AnswerSchema {
  std::string name;  // response_format json_schema name: "kycx_<type>"
  Json wire;
  Json local;
  std::string hash;  // sha256 of `local`, part of the cache key

  static AnswerSchema build(const schemas::DocumentSchema& schema);
  // The classification answer: {"document_type": one of `types` or "unknown", "lines": [...]}.
  static AnswerSchema for_types(const std::vector<std::string>& types);

  // Names of the fields (or "<root>") whose part of `answer` breaks `local`;
  // empty when the answer conforms. Never returns values.
  std::vector<std::string> violations(const Json& answer) const;
};

}  // namespace kycx::llm
