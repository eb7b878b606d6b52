#include "tests/llm/chat_server.hpp"

#include <algorithm>

#include <httplib.h>

namespace kycx::testing {

namespace {

ScriptedReply completion_with(Json message, const std::string& finish_reason, long prompt_tokens,
                              long completion_tokens) {
  const Json body = {
      {"id", "chatcmpl-test"},
      {"object", "chat.completion"},
      {"model", "test-model"},
      {"choices", Json::array({Json{{"index", 0}, {"message", std::move(message)}, {"finish_reason", finish_reason}}})},
      {"usage",
       {{"prompt_tokens", prompt_tokens},
        {"completion_tokens", completion_tokens},
        {"total_tokens", prompt_tokens + completion_tokens}}},
  };
  return ScriptedReply{200, body.dump(), 0, {}};
}

}  // namespace

ScriptedReply completion(const Json& content, const std::string& finish_reason, long prompt_tokens,
                         long completion_tokens) {
  return completion_with(Json{{"role", "assistant"}, {"content", content.dump()}, {"refusal", nullptr}}, finish_reason,
                         prompt_tokens, completion_tokens);
}

ScriptedReply raw_completion(const std::string& content, const std::string& finish_reason) {
  return completion_with(Json{{"role", "assistant"}, {"content", content}}, finish_reason, 120, 40);
}

ScriptedReply refusal(const std::string& text) {
  return completion_with(Json{{"role", "assistant"}, {"content", nullptr}, {"refusal", text}}, "stop", 120, 5);
}

ScriptedReply error_reply(int status, const std::string& code, double retry_after) {
  ScriptedReply r;
  r.status = status;
  r.body =
      Json{{"error", {{"message", "scripted error"}, {"type", "test"}, {"code", code.empty() ? Json() : Json(code)}}}}
          .dump();
  if (retry_after >= 0) r.headers["Retry-After"] = std::to_string(static_cast<int>(retry_after));
  return r;
}

ChatServer::ChatServer() : server_(std::make_unique<httplib::Server>()) {
  default_ = error_reply(500, "no_script");
  server_->Post("/v1/chat/completions", [this](const httplib::Request& req, httplib::Response& res) {
    const Json body = Json::parse(req.body, nullptr, false);
    const ScriptedReply reply = next(body, req.get_header_value("Authorization"));
    std::unique_lock lock(mutex_);
    max_active_ = std::max(max_active_, ++active_);
    if (reply.delay_seconds > 0) {
      stopping_cv_.wait_for(lock, std::chrono::duration<double>(reply.delay_seconds), [this] { return stopping_; });
    }
    --active_;
    lock.unlock();
    res.status = reply.status;
    for (const auto& [name, value] : reply.headers) res.set_header(name, value);
    res.set_content(reply.body, "application/json");
  });
  port_ = server_->bind_to_any_port("127.0.0.1");
  thread_ = std::thread([this] { server_->listen_after_bind(); });
}

ChatServer::~ChatServer() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  stopping_cv_.notify_all();
  server_->stop();
  if (thread_.joinable()) thread_.join();
}

std::string ChatServer::base_url() const {
  return "http://127.0.0.1:" + std::to_string(port_) + "/v1";
}

void ChatServer::push(ScriptedReply reply) {
  std::lock_guard lock(mutex_);
  script_.push_back(std::move(reply));
}

void ChatServer::set_default(ScriptedReply reply) {
  std::lock_guard lock(mutex_);
  default_ = std::move(reply);
}

ScriptedReply ChatServer::next(const Json& body, const std::string& authorization) {
  std::lock_guard lock(mutex_);
  received_.push_back({body, authorization, std::chrono::steady_clock::now()});
  if (script_.empty()) return default_;
  ScriptedReply r = std::move(script_.front());
  script_.pop_front();
  return r;
}

std::vector<ChatServer::Received> ChatServer::requests() const {
  std::lock_guard lock(mutex_);
  return received_;
}

int ChatServer::max_concurrent() const {
  std::lock_guard lock(mutex_);
  return max_active_;
}

size_t ChatServer::request_count() const {
  std::lock_guard lock(mutex_);
  return received_.size();
}

}  // namespace kycx::testing
