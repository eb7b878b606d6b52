// Turns inbox files into queued jobs: hashes each file (opened without
// following symbolic links, regular files only; anything else is queued with
// an empty hash, to be rejected without being read) and enqueues a batch in
// one transaction. Scanned files that changed within the settle time may
// still be being written: they wait until they stop changing. Used by one
// thread.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/watch_log.hpp"
#include "store/job_store.hpp"

namespace kycx::pipeline {

struct IntakeOptions {
  std::uint64_t max_file_bytes = 64ull << 20;        // bytes; a bigger file is queued unhashed (and rejected)
  std::chrono::milliseconds settle{1000};            // a scanned file must be this old (ms); default 1 s
  std::vector<std::filesystem::path> excluded_dirs;  // outbox and done folder, when inside the inbox
  std::vector<std::string> exclude_names;            // file-name globs never taken
};

class Intake {
 public:
  // `root`: the inbox, canonical. `on_added` runs after jobs were queued.
  Intake(std::filesystem::path root, std::unique_ptr<store::JobStore> store, IntakeOptions options, JobLog& log,
         std::function<void()> on_added = {});

  // Files reported complete by the watcher.
  void add(const std::vector<std::filesystem::path>& files);
  // Every file under `top` (inside the inbox); `reason` goes to the log.
  void scan(const std::filesystem::path& top, const std::string& reason);
  // Queues scanned files that have stopped changing, and retries a failed enqueue.
  void tick();
  // Files waiting to settle, or to be enqueued.
  size_t waiting() const { return settling_.size() + unsent_.size(); }
  // Files the store refused to queue, and why (empty when none).
  size_t unsent() const { return unsent_.size(); }
  const std::string& last_error() const { return last_error_; }

 private:
  void enqueue(std::vector<store::NewJob> jobs);
  bool wanted(const std::filesystem::path& path) const;

  std::filesystem::path root_;
  std::unique_ptr<store::JobStore> store_;
  IntakeOptions options_;
  JobLog& log_;
  std::function<void()> on_added_;
  std::map<std::filesystem::path, std::int64_t> settling_;  // path -> mtime (ns) when last seen
  std::vector<store::NewJob> unsent_;                       // a failed enqueue, retried by tick()
  std::string last_error_;                                  // why the last enqueue failed
};

}  // namespace kycx::pipeline
