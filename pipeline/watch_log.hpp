// Structured log lines for `kycx watch`: one JSON object per line for every
// job transition and watcher event. Never a value read from a document, nor a
// file name: jobs are named by id and document id (the sha256 of the bytes).
// Thread-safe.
#pragma once

#include <cstdio>
#include <mutex>
#include <string>
#include <string_view>

#include "core/json.hpp"
#include "store/job_store.hpp"

namespace kycx::pipeline {

class JobLog {
 public:
  // Writes to `out` (not owned; stderr by default), tagging lines with `worker`.
  explicit JobLog(std::FILE* out = stderr, std::string worker = "") : out_(out), worker_(std::move(worker)) {}

  // {"ts": ..., "event": event, "worker": ..., <fields>}
  void event(std::string_view event, Json fields = Json::object());
  // A job's transition: adds its id, document id (hash), attempt.
  void job(std::string_view event, const store::Job& job, Json fields = Json::object());

  const std::string& worker() const { return worker_; }

 private:
  std::mutex mutex_;
  std::FILE* out_;
  std::string worker_;
};

}  // namespace kycx::pipeline
