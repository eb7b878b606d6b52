// A chat completions server on 127.0.0.1 for the LLM tests: it replays a
// script of replies (status, body, headers, delay) in order, then a default
// reply, and records every request. Real HTTP over loopback, served by
// cpp-httplib on its own threads; the test thread scripts and inspects it.
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/json.hpp"

namespace httplib {
class Server;
}

namespace kycx::testing {

struct ScriptedReply {
  int status = 200;
  std::string body;
  double delay_seconds = 0;  // waits this long before answering
  std::map<std::string, std::string> headers;
};

// A 200 completion whose message content is `content` serialised.
ScriptedReply completion(const Json& content, const std::string& finish_reason = "stop", long prompt_tokens = 120,
                         long completion_tokens = 40);
// A 200 completion whose content is the raw text given (e.g. cut-off JSON).
ScriptedReply raw_completion(const std::string& content, const std::string& finish_reason);
ScriptedReply refusal(const std::string& text);
// An error status with an OpenAI-style error body; `retry_after` < 0: no header.
ScriptedReply error_reply(int status, const std::string& code = "", double retry_after = -1);

class ChatServer {
 public:
  ChatServer();
  ~ChatServer();
  ChatServer(const ChatServer&) = delete;
  ChatServer& operator=(const ChatServer&) = delete;

  std::string base_url() const;  // "http://127.0.0.1:<port>/v1"
  void push(ScriptedReply reply);
  void set_default(ScriptedReply reply);

  struct Received {
    Json body;
    std::string authorization;
    std::chrono::steady_clock::time_point at;
  };
  std::vector<Received> requests() const;
  size_t request_count() const;
  int max_concurrent() const;  // most requests being answered at the same time

 private:
  ScriptedReply next(const Json& body, const std::string& authorization);

  std::unique_ptr<httplib::Server> server_;
  std::thread thread_;
  int port_ = 0;
  mutable std::mutex mutex_;
  std::condition_variable stopping_cv_;
  bool stopping_ = false;
  std::deque<ScriptedReply> script_;
  ScriptedReply default_;
  std::vector<Received> received_;
  int active_ = 0;
  int max_active_ = 0;
};

}  // namespace kycx::testing
