// `kycx watch` as a service: an intake thread (inotify over the inbox, a scan
// at start and after a queue overflow) feeds the job store; the calling
// thread runs the pipeline over jobs claimed from it; a heartbeat thread keeps
// leases alive and frees those of dead local workers. stop() drains: no new
// claims, in-flight documents finish, run() returns. stop() is thread-safe.
#pragma once

#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

#include "pipeline/pipeline.hpp"
#include "pipeline/watch_log.hpp"
#include "pipeline/watch_queue.hpp"
#include "pipeline/watch_source_policy.hpp"

namespace kycx::pipeline {

struct WatchOptions {
  std::filesystem::path inbox;
  std::filesystem::path outbox;
  std::string store;   // SQLite file or postgresql:// URL
  bool intake = true;  // watch INBOX and queue its files
  bool work = true;    // claim and process queued jobs
  bool once = false;   // scan once (no inotify), process until the queue is empty, return
  WatchQueueOptions queue;
  SourceOptions source;
  std::chrono::milliseconds settle{1000};      // a file found by a scan must be unchanged this long (ms)
  std::chrono::seconds rescan{0};              // full rescan period (network file systems miss inotify); 0: never
  std::uint64_t max_file_bytes = 64ull << 20;  // bytes; as the pipeline's limit
  std::vector<std::string> exclude_names;      // file-name globs never taken
};

struct WatchSummary {
  int delivered = 0;  // envelopes written and recorded by this process
  int rejected = 0;   // of which rejected
  // With --once: files found but never queued because the store refused them.
  int not_queued = 0;
  std::string store_error;  // the store's last refusal
};

class WatchService {
 public:
  WatchService(WatchOptions options, JobLog& log) : options_(std::move(options)), log_(log) {}

  // Runs until stop() (or, with `once`, until the queue is empty).
  // REQUIRES: `pipeline` when options.work. Fails when the store or the
  // inbox cannot be opened.
  Result<WatchSummary> run(Pipeline* pipeline);
  void stop();

 private:
  void intake_loop(class Intake& intake, class FolderWatcher* watcher);
  void heartbeat_loop(WatchQueue& queue, SourceDisposal& disposal);
  bool wait_stop(std::chrono::milliseconds timeout);

  WatchOptions options_;
  JobLog& log_;
  std::mutex mutex_;
  std::condition_variable stopped_;
  bool stop_ = false;
  WatchQueue* queue_ = nullptr;  // while run() runs
};

}  // namespace kycx::pipeline
