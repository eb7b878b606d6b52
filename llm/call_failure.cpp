#include "llm/call_failure.hpp"

namespace kycx::llm {

ErrorCode CallFailure::error_code() const {
  if (code == "timeout") return ErrorCode::kTimeout;
  if (code == "http_401" || code == "http_403") return ErrorCode::kPermissionDenied;
  if (kind == FailureKind::kAnswer || code == "http_400" || code == "http_422") return ErrorCode::kInvalidArgument;
  return ErrorCode::kUnavailable;
}

}  // namespace kycx::llm
