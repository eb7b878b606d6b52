#include "llm/chat_client.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <thread>

namespace kycx::llm {

namespace {

using Seconds = std::chrono::duration<double>;

double seconds_until(ChatClient::Clock::time_point deadline) {
  return std::chrono::duration_cast<Seconds>(deadline - ChatClient::Clock::now()).count();
}

// Exponential backoff with "equal jitter": half the step, plus a random share
// of the other half, so concurrent callers spread out but always wait.
double backoff_seconds(int retry, const LlmOptions& o) {
  thread_local std::mt19937 rng(std::random_device{}());
  const double step = std::min<double>(o.backoff_max_ms, o.backoff_initial_ms * std::pow(2.0, retry)) / 1000.0;
  std::uniform_real_distribution<double> jitter(0.0, step / 2);
  return step / 2 + jitter(rng);
}

// The server's own error code ("insufficient_quota", "invalid_api_key"), if any.
std::string error_code_of(const std::string& body) {
  const Json j = Json::parse(body, nullptr, false);
  if (!j.is_object() || !j.contains("error")) return "";
  const Json& e = j["error"];
  if (!e.is_object()) return "";
  for (const char* key : {"code", "type"}) {
    if (e.contains(key) && e[key].is_string()) return e[key].get<std::string>();
  }
  return "";
}

std::string transport_code(TransportFailure f) {
  switch (f) {
    case TransportFailure::kTimeout: return "timeout";
    case TransportFailure::kConnect: return "unreachable";
    case TransportFailure::kTls: return "tls";
    case TransportFailure::kBadUrl: return "bad_url";
    case TransportFailure::kTooLarge: return "response_too_large";
    case TransportFailure::kOther:
    case TransportFailure::kNone: break;
  }
  return "transport";
}

// A count of tokens as the server reports it: a whole number up to 10^12
// (far beyond any request, and far from overflowing a sum); anything else
// (a string, a negative or fractional number) is not a count and reads 0.
long token_count(const Json& usage, const char* key) {
  constexpr std::uint64_t kMaxTokens = 1'000'000'000'000;
  const auto it = usage.find(key);
  if (it == usage.end() || !it->is_number_unsigned()) return 0;
  const auto n = it->get<std::uint64_t>();
  return n <= kMaxTokens ? static_cast<long>(n) : 0;
}

CallFailure answer_failure(std::string code, std::string message) {
  return {FailureKind::kAnswer, std::move(code), std::move(message)};
}

}  // namespace

ChatReply read_completion(const std::string& body) {
  ChatReply reply;
  const Json j = Json::parse(body, nullptr, false);
  if (!j.is_object()) {
    reply.failure = answer_failure("invalid_response", "the server's reply is not a JSON object");
    return reply;
  }
  if (j.contains("usage") && j["usage"].is_object()) {
    const Json& u = j["usage"];
    reply.usage += {token_count(u, "prompt_tokens"), token_count(u, "completion_tokens")};
  }
  if (j.contains("model") && j["model"].is_string()) reply.served_model = j["model"].get<std::string>();
  if (!j.contains("choices") || !j["choices"].is_array() || j["choices"].empty() || !j["choices"][0].is_object()) {
    reply.failure = answer_failure("invalid_response", "the server's reply has no choices");
    return reply;
  }
  const Json& choice = j["choices"][0];
  const std::string finish = choice.contains("finish_reason") && choice["finish_reason"].is_string()
                                 ? choice["finish_reason"].get<std::string>()
                                 : "";
  const Json message = choice.value("message", Json::object());
  const bool refused = message.is_object() && message.contains("refusal") && message["refusal"].is_string() &&
                       !message["refusal"].get<std::string>().empty();
  if (refused || finish == "content_filter") {
    reply.failure = answer_failure("refusal", "the model refused to answer");
    return reply;
  }
  if (finish == "length") {
    reply.failure = answer_failure("finish_length", "the answer was cut off at the token limit (finish_reason length)");
    return reply;
  }
  if (!message.is_object() || !message.contains("content") || !message["content"].is_string()) {
    reply.failure = answer_failure("invalid_response", "the answer has no text content");
    return reply;
  }
  Json content = Json::parse(message["content"].get<std::string>(), nullptr, false);
  if (content.is_discarded() || !content.is_object()) {
    reply.failure = answer_failure("invalid_json", "the answer is not a JSON object");
    return reply;
  }
  reply.content = std::move(content);
  return reply;
}

TokenUsage& TokenUsage::operator+=(const TokenUsage& other) {
  prompt_tokens += other.prompt_tokens;
  completion_tokens += other.completion_tokens;
  return *this;
}

ChatClient::ChatClient(LlmOptions options)
    : options_(std::move(options)),
      breaker_(options_.breaker_failures, options_.breaker_cooldown_seconds),
      in_flight_(std::clamp(options_.max_in_flight, 1, 1024)) {
  url_ = options_.base_url;
  while (!url_.empty() && url_.back() == '/') url_.pop_back();
  url_ += "/chat/completions";
}

std::string ChatClient::request_body(const ChatRequest& request) const {
  Json body = {
      {"model", options_.model},
      {"messages", Json::array({Json{{"role", "system"}, {"content", request.system}},
                                Json{{"role", "user"}, {"content", request.user}}})},
      {"temperature", 0},
      {options_.token_limit_param, options_.max_output_tokens},
      {"stream", false},
      {"response_format",
       {{"type", "json_schema"},
        {"json_schema", {{"name", request.schema_name}, {"strict", true}, {"schema", request.schema}}}}},
  };
  return dump_json(body);
}

namespace {

// What one HTTP attempt came to.
struct AttemptOutcome {
  bool answered = false;        // a 2xx: the reply holds the completion
  bool endpoint_works = false;  // the breaker may count it a success
  double wait = -1;             // seconds before the next attempt; < 0: do not retry
};

// A transport failure (no HTTP status): timeouts and refused connections are
// worth another attempt, the rest (TLS, DNS, oversized answers) are not.
AttemptOutcome transport_failed(const HttpResponse& response, int attempt, const LlmOptions& options,
                                ChatReply& reply) {
  const bool retry = response.failure == TransportFailure::kTimeout || response.failure == TransportFailure::kConnect;
  reply.failure = CallFailure{retry ? FailureKind::kTransient : FailureKind::kPermanent,
                              transport_code(response.failure), "model endpoint: " + response.failure_message};
  return {.answered = false, .endpoint_works = false, .wait = retry ? backoff_seconds(attempt, options) : -1};
}

// An HTTP error status: 408, 425, 429 and 5xx are transient (429 waits as
// Retry-After says, up to the configured maximum); an exhausted quota and
// other 4xx are not. A 4xx other than 401/403/408/425/429 means the endpoint
// works and refused this request.
AttemptOutcome http_failed(const HttpResponse& response, int attempt, const LlmOptions& options, ChatReply& reply) {
  const std::string server_code = error_code_of(response.body);
  const std::string status = std::to_string(response.status);
  const bool quota = server_code == "insufficient_quota";
  const bool transient =
      !quota && (response.status == 408 || response.status == 425 || response.status == 429 || response.status >= 500);
  std::string message = "model endpoint answered HTTP " + status;
  if (!server_code.empty()) message += " (" + server_code + ")";
  if (response.status == 401 || response.status == 403) message += ": check the API key";
  reply.failure = CallFailure{transient ? FailureKind::kTransient : FailureKind::kPermanent,
                              quota ? "insufficient_quota" : "http_" + status, message};
  AttemptOutcome out;
  if (transient) {
    out.wait = response.retry_after_seconds >= 0 ? response.retry_after_seconds : backoff_seconds(attempt, options);
    if (response.retry_after_seconds > options.max_retry_after_seconds) {
      reply.failure->message += "; Retry-After is longer than the configured maximum";
      out.wait = -1;
    }
  }
  out.endpoint_works = !transient && response.status < 500 && response.status != 401 && response.status != 403;
  return out;
}

}  // namespace

HttpRequest ChatClient::http_request(const ChatRequest& request) const {
  HttpRequest http;
  http.url = url_;
  http.body = request_body(request);
  http.headers = options_.extra_headers;
  if (!options_.api_key.empty()) http.headers.push_back("Authorization: Bearer " + options_.api_key);
  http.connect_timeout_seconds = options_.connect_timeout_seconds;
  http.ca_file = options_.ca_file;
  http.max_response_bytes = options_.max_response_bytes;
  return http;
}

ChatReply ChatClient::complete(const ChatRequest& request, Clock::time_point deadline) {
  ChatReply reply;
  if (!breaker_.allow()) {
    reply.failure = CallFailure{FailureKind::kTransient, "circuit_open",
                                "the model endpoint failed repeatedly; calls are paused (circuit breaker open)"};
    return reply;
  }
  HttpRequest http = http_request(request);
  bool endpoint_works = false;  // decides what the breaker learns
  for (int attempt = 0; attempt < options_.max_attempts; ++attempt) {
    if (seconds_until(deadline) < 0.05) {
      reply.failure =
          CallFailure{FailureKind::kTransient, "timeout", "the document's time ran out before the model answered"};
      break;
    }
    if (!in_flight_.try_acquire_until(deadline)) {
      reply.failure = CallFailure{FailureKind::kTransient, "busy", "no request slot freed up in the document's time"};
      break;
    }
    http.timeout_seconds = std::min(options_.timeout_seconds, seconds_until(deadline));
    const HttpResponse response = http_post(http);
    in_flight_.release();
    ++reply.attempts;

    AttemptOutcome outcome;
    if (response.failure != TransportFailure::kNone) {
      outcome = transport_failed(response, attempt, options_, reply);
    } else if (response.status >= 200 && response.status < 300) {
      ChatReply read = read_completion(response.body);
      reply.usage += read.usage;
      if (!read.served_model.empty()) reply.served_model = std::move(read.served_model);
      reply.content = std::move(read.content);
      reply.failure = std::move(read.failure);
      outcome = {.answered = true, .endpoint_works = true, .wait = -1};
    } else {
      outcome = http_failed(response, attempt, options_, reply);
    }
    endpoint_works = outcome.endpoint_works;
    if (outcome.answered || outcome.wait < 0 || attempt + 1 >= options_.max_attempts) break;
    if (outcome.wait >= seconds_until(deadline)) {
      reply.failure->message += "; no time left in the document's budget to retry";
      break;
    }
    std::this_thread::sleep_for(Seconds(outcome.wait));
  }
  settle_breaker(reply.attempts, endpoint_works);
  return reply;
}

void ChatClient::settle_breaker(int attempts, bool endpoint_works) {
  if (attempts == 0) {
    breaker_.release_probe();
  } else if (endpoint_works) {
    breaker_.record_success();
  } else {
    breaker_.record_failure();
  }
}

}  // namespace kycx::llm
