#include "llm/llm_options.hpp"

#include <fstream>

namespace kycx::llm {

namespace {

bool starts_with_scheme(const std::string& url) {
  return url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0;
}

}  // namespace

Result<void> LlmOptions::validate() const {
  if (!enabled()) return {};
  if (!starts_with_scheme(base_url)) {
    return fail(ErrorCode::kInvalidArgument, "LLM base URL '" + base_url +
                                                 "' has no scheme: write it as https://host/v1 (or http:// on a "
                                                 "trusted network)");
  }
  if (base_url.find_first_of(" \t\r\n") != std::string::npos) {
    return fail(ErrorCode::kInvalidArgument, "LLM base URL must not contain white space");
  }
  if (model.empty()) {
    return fail(ErrorCode::kInvalidArgument, "an LLM base URL is set but no model: set --llm-model or KYCX_LLM_MODEL");
  }
  if (timeout_seconds <= 0 || connect_timeout_seconds <= 0) {
    return fail(ErrorCode::kInvalidArgument, "LLM timeouts must be positive");
  }
  if (max_attempts < 1 || max_in_flight < 1 || breaker_failures < 1) {
    return fail(ErrorCode::kInvalidArgument,
                "LLM attempts, requests in flight and breaker failures must be at least 1");
  }
  for (const auto& h : extra_headers) {
    if (h.find(':') == std::string::npos || h.find_first_of("\r\n") != std::string::npos) {
      return fail(ErrorCode::kInvalidArgument,
                  "LLM header '" + h.substr(0, h.find(':')) + "' must be one line of the form 'Name: value'");
    }
  }
  if (token_limit_param != "max_tokens" && token_limit_param != "max_completion_tokens") {
    return fail(ErrorCode::kInvalidArgument, "LLM token limit parameter must be max_tokens or max_completion_tokens");
  }
  return {};
}

Result<std::string> read_api_key_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) return fail(ErrorCode::kIoError, "cannot read the LLM API key file " + path);
  std::string key;
  std::getline(in, key);
  const auto first = key.find_first_not_of(" \t\r\n");
  const auto last = key.find_last_not_of(" \t\r\n");
  if (first == std::string::npos)
    return fail(ErrorCode::kInvalidArgument, "the LLM API key file " + path + " is empty");
  return key.substr(first, last - first + 1);
}

}  // namespace kycx::llm
