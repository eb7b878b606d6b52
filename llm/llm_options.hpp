// Configuration of the optional LLM stage (contract section 6): the endpoint,
// time limits, retries, the circuit breaker and prices. Plain struct; built by
// the CLI from flags, KYCX_LLM_* environment variables and the config file.
#pragma once

#include <string>
#include <vector>

#include "core/error.hpp"

namespace kycx::llm {

struct LlmOptions {
  std::string base_url;                          // "https://host/v1"; empty: the stage is off
  std::string model;                             // model name sent with every request
  std::string api_key;                           // sent as "Authorization: Bearer"; empty: no header
  std::vector<std::string> extra_headers;        // "Name: value" lines added to every request
  std::string ca_file;                           // PEM bundle to verify the server with; empty: system's
  double timeout_seconds = 60;                   // seconds per request, connection included
  double connect_timeout_seconds = 5;            // seconds to open the connection
  int max_attempts = 3;                          // requests per call on timeouts, 5xx and 429
  int backoff_initial_ms = 500;                  // first wait before a retry; doubles each time
  int backoff_max_ms = 8000;                     // longest wait between retries
  double max_retry_after_seconds = 30;           // a longer 429 Retry-After fails the call instead
  int max_in_flight = 4;                         // requests open at once across all documents
  int breaker_failures = 5;                      // consecutive failed calls that open the breaker
  double breaker_cooldown_seconds = 30;          // seconds open before one probe call is let through
  int max_output_tokens = 4096;                  // completion tokens per request
  std::string token_limit_param = "max_tokens";  // "max_completion_tokens" for OpenAI reasoning models
  double price_input_per_mtok = 0;               // USD per million prompt tokens, for the cost estimate
  double price_output_per_mtok = 0;              // USD per million completion tokens
  int cache_entries = 256;                       // answers kept in memory; 0: no cache
  size_t max_response_bytes = 4 << 20;           // a longer response body is a failed call
  size_t max_document_chars = 200000;            // a longer document text is not sent (a failed call)
  bool only_gaps = false;                        // call only when the deterministic path left a required field empty

  bool enabled() const { return !base_url.empty(); }
  // Checks what can be checked without a request: a base URL with an http(s)
  // scheme, a model name, sane numbers. The error says what to fix.
  Result<void> validate() const;
};

// Reads an API key from a file (first line, white space trimmed).
Result<std::string> read_api_key_file(const std::string& path);

}  // namespace kycx::llm
