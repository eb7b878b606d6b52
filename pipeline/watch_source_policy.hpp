// What happens to an inbox file once its envelope is written: left in place
// (the default), moved to a done folder, or deleted (at once, or after a
// retention period spent in the done folder). A file whose bytes changed
// since they were processed is never touched: its new bytes have a job of
// their own. Thread-safe for distinct files.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

#include "pipeline/watch_log.hpp"
#include "store/job_store.hpp"

namespace kycx::pipeline {

enum class SourcePolicy { kLeave, kMove, kDelete };
std::optional<SourcePolicy> source_policy_from_string(const std::string& name);

struct SourceOptions {
  SourcePolicy policy = SourcePolicy::kLeave;
  std::filesystem::path done_dir;     // kMove, and kDelete with a retention: where files wait
  std::chrono::seconds retention{0};  // kDelete: seconds in done_dir before deletion; 0 deletes at once
};

class SourceDisposal {
 public:
  SourceDisposal(std::filesystem::path inbox, SourceOptions options, JobLog& log)
      : inbox_(std::move(inbox)), options_(std::move(options)), log_(log) {}

  // After `job` finished: applies the policy to INBOX/<job.relative_path>.
  void after_finish(const store::Job& job);
  // kDelete with a retention: deletes done files older than it.
  void purge_expired();

 private:
  std::filesystem::path inbox_;
  SourceOptions options_;
  JobLog& log_;
};

}  // namespace kycx::pipeline
