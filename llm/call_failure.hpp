// Why a model call produced no usable answer, and whether trying again later
// could help. Plain value type.
#pragma once

#include <string>

#include "core/error.hpp"

namespace kycx::llm {

enum class FailureKind {
  kTransient,  // timeouts, 5xx, 429, unreachable: another attempt may succeed
  kPermanent,  // 401/403, quota, unsupported schema, bad TLS: the same request fails again
  kAnswer,     // the server answered but the answer is unusable (length, refusal, invalid JSON, schema)
};

struct CallFailure {
  FailureKind kind = FailureKind::kTransient;
  std::string code;     // short and stable: "timeout", "http_401", "finish_length", "schema_violation", ...
  std::string message;  // for an operator; never document text or values

  ErrorCode error_code() const;
};

}  // namespace kycx::llm
