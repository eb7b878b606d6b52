#include "core/error.hpp"

namespace kycx {

std::string_view to_string(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument: return "invalid_argument";
    case ErrorCode::kUnsupportedFormat: return "unsupported_format";
    case ErrorCode::kCorruptFile: return "corrupt_file";
    case ErrorCode::kEncrypted: return "encrypted";
    case ErrorCode::kTooLarge: return "too_large";
    case ErrorCode::kTimeout: return "timeout";
    case ErrorCode::kIoError: return "io_error";
    case ErrorCode::kPermissionDenied: return "permission_denied";
    case ErrorCode::kNotFound: return "not_found";
    case ErrorCode::kOcrFailed: return "ocr_failed";
    case ErrorCode::kConflict: return "conflict";
    case ErrorCode::kUnavailable: return "unavailable";
    case ErrorCode::kInternal: return "internal";
  }
  return "internal";
}

}  // namespace kycx
