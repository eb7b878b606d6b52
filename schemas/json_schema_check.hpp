// Checks a JSON value against a JSON Schema (draft 7) with valijson, the one
// place kycx calls it: the document schemas and the LLM's answer schemas both
// come here. Pure; thread-safe (the validator is built per call).
#pragma once

#include <string>
#include <vector>

#include "core/json.hpp"

namespace kycx::schemas {

struct Violation {
  std::string field;  // the top-level property concerned; empty when the violation is not about one field
  std::string message;
};

// Every violation of `target` against `schema`, valijson's summary of them
// (with an empty field) included; empty when `target` is valid.
// Throws what valijson throws for a schema it cannot use.
std::vector<Violation> check_against_schema(const Json& schema, const Json& target);

}  // namespace kycx::schemas
