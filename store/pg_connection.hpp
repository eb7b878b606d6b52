// One PostgreSQL connection (libpqxx) that runs short transactions and turns
// libpqxx's exceptions into Error values. A lost connection is re-opened with
// backoff within the call; a server still down after that is kUnavailable,
// and the caller retries later. Not thread-safe. Included by store/pg_*.cpp
// only: libpqxx stays inside the store's PostgreSQL adapter.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include <pqxx/pqxx>

#include "core/error.hpp"

namespace kycx::store {

class PgConnection {
 public:
  // Connects now: a bad URL or an unreachable server fails here.
  static Result<std::unique_ptr<PgConnection>> open(const std::string& url);

  // Runs `body` in a transaction and commits it. Serialization failures and
  // deadlocks re-run it; a broken connection reconnects (with backoff, up to
  // `reconnect_budget`) and re-runs it.
  Result<void> transact(const std::function<void(pqxx::work&)>& body,
                        std::chrono::milliseconds reconnect_budget = std::chrono::milliseconds(3000));

  // "PostgreSQL database kycx on 127.0.0.1:5432" (never the password).
  const std::string& description() const { return description_; }
  const std::string& url() const { return url_; }

 private:
  PgConnection(std::string url, std::unique_ptr<pqxx::connection> connection);
  std::string url_;
  std::unique_ptr<pqxx::connection> connection_;
  std::string description_;
};

}  // namespace kycx::store
