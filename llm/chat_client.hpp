// An OpenAI-compatible chat completions client: POST {base}/chat/completions
// with a strict json_schema response format. Retries timeouts, 5xx and 429
// (honouring Retry-After) with exponential backoff and jitter, bounds the
// requests in flight and fails fast while the circuit breaker is open. It
// never logs or returns request content in messages. Thread-safe.
#pragma once

#include <chrono>
#include <memory>
#include <semaphore>
#include <string>

#include "core/json.hpp"
#include "llm/call_failure.hpp"
#include "llm/circuit_breaker.hpp"
#include "llm/http_client.hpp"
#include "llm/llm_options.hpp"

namespace kycx::llm {

struct ChatRequest {
  std::string system;       // instructions
  std::string user;         // the document, marked as untrusted content
  std::string schema_name;  // [a-zA-Z0-9_-], at most 64 characters
  Json schema;              // strict-mode JSON Schema of the answer
};

struct TokenUsage {
  long prompt_tokens = 0;
  long completion_tokens = 0;

  TokenUsage& operator+=(const TokenUsage& other);
};

struct ChatReply {
  bool ok() const { return !failure.has_value(); }

  Json content;  // the parsed answer object when ok()
  std::optional<CallFailure> failure;
  TokenUsage usage;          // summed over every attempt that reported it
  int attempts = 0;          // HTTP requests sent
  std::string served_model;  // "model" as the server reported it
};

// Reads one 2xx body of the chat completions API: token usage, the served
// model, and the first choice's content as a JSON object, or a failure of
// kind kAnswer (not JSON, no choices, cut off, refused, content not a JSON
// object). `attempts` is left 0. Any bytes are safe input.
ChatReply read_completion(const std::string& body);

class ChatClient {
 public:
  using Clock = std::chrono::steady_clock;

  // REQUIRES: options.validate() succeeded.
  explicit ChatClient(LlmOptions options);

  // One call: as many requests as the retry policy allows before `deadline`.
  // A well-formed answer that is unusable (finish_reason "length", a refusal,
  // content that is not a JSON object) is a failure of kind kAnswer and is
  // never retried here.
  ChatReply complete(const ChatRequest& request, Clock::time_point deadline);

  const CircuitBreaker& breaker() const { return breaker_; }
  const LlmOptions& options() const { return options_; }

 private:
  std::string request_body(const ChatRequest& request) const;
  HttpRequest http_request(const ChatRequest& request) const;
  // Tells the breaker what a call's attempts showed of the endpoint.
  void settle_breaker(int attempts, bool endpoint_works);

  LlmOptions options_;
  std::string url_;
  CircuitBreaker breaker_;
  std::counting_semaphore<1024> in_flight_;
};

}  // namespace kycx::llm
