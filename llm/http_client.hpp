// One HTTP POST of a JSON body over libcurl, with a hard time limit, TLS
// verification on, and a bounded response size. Stateless apart from the
// process-wide libcurl initialisation: safe to call from many threads at once.
#pragma once

#include <string>
#include <vector>

namespace kycx::llm {

// Why a request produced no HTTP status.
enum class TransportFailure {
  kNone,      // the server answered (see status)
  kTimeout,   // no complete answer within the time limit
  kConnect,   // connection refused, host not found, reset before any answer
  kTls,       // the server's certificate could not be verified, or TLS failed
  kBadUrl,    // the URL or its scheme cannot be used
  kTooLarge,  // the response body passed the size limit
  kOther,
};

struct HttpRequest {
  std::string url;
  std::string body;                  // JSON
  std::vector<std::string> headers;  // "Name: value"
  double timeout_seconds = 60;
  double connect_timeout_seconds = 5;
  std::string ca_file;  // empty: the system's trust store
  size_t max_response_bytes = 4 << 20;
};

struct HttpResponse {
  TransportFailure failure = TransportFailure::kNone;
  std::string failure_message;  // libcurl's words, no request content
  long status = 0;              // HTTP status when failure is kNone
  std::string body;
  double retry_after_seconds = -1;  // from a Retry-After header; -1 when absent
  double elapsed_seconds = 0;
};

HttpResponse http_post(const HttpRequest& request);

}  // namespace kycx::llm
