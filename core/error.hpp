// Error values for expected failures, and the Result alias every layer returns.
// Plain value types: safe to copy and share between threads.
#pragma once

#include <string>
#include <string_view>

#include <tl/expected.hpp>

namespace kycx {

enum class ErrorCode {
  kInvalidArgument,    // a caller passed something unusable (usage or configuration error)
  kUnsupportedFormat,  // the bytes are not a document type we read
  kCorruptFile,        // the format was recognised but could not be decoded
  kEncrypted,          // a password is needed to open the file
  kTooLarge,           // a configured size limit (bytes, pages, pixels) was exceeded
  kTimeout,            // the per-document time limit was exceeded
  kIoError,            // reading or writing a file failed
  kPermissionDenied,   // the file exists but may not be read
  kNotFound,           // a file, document or field does not exist
  kOcrFailed,          // the OCR engine could not run
  kConflict,           // a concurrent change won; retry with fresh data
  kUnavailable,        // a service (database, model endpoint) cannot be reached
  kInternal,           // a bug: an invariant did not hold
};

// Stable lower-case name, used in envelopes and logs ("corrupt_file").
std::string_view to_string(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;  // for a person: what happened and what to do about it
};

template <class T>
using Result = tl::expected<T, Error>;

// Builds the unexpected side of a Result: `return fail(ErrorCode::kIoError, "...")`.
inline tl::unexpected<Error> fail(ErrorCode code, std::string message) {
  return tl::unexpected<Error>(Error{code, std::move(message)});
}

}  // namespace kycx
