// One worker's side of the job store: claims jobs (blocking until one is
// due), remembers the ones in flight in this process, keeps their leases
// alive, and finishes them. Transient store failures (a locked SQLite file, a
// restarting PostgreSQL) are retried with backoff. Thread-safe.
#pragma once

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "pipeline/watch_log.hpp"
#include "store/job_store.hpp"

namespace kycx::pipeline {

struct WatchQueueOptions {
  std::chrono::milliseconds lease{60000};  // milliseconds a claim holds without renewal; default 60 s
  int max_attempts = 3;                    // claims before a file is quarantined as rejected
  std::chrono::milliseconds poll{250};     // how often to look for jobs other processes enqueued
  bool until_idle = false;                 // stop claiming once nothing is queued or processing
  std::filesystem::path crash_dir;         // where crashed workers leave their markers (crash_marker.hpp)
};

class WatchQueue {
 public:
  WatchQueue(std::unique_ptr<store::JobStore> store, const WatchQueueOptions& options, JobLog& log);

  // The next claimed job; blocks until one is due. nullopt after stop(), or
  // when until_idle and the queue is empty.
  std::optional<store::Claim> wait_claim();
  // New jobs were enqueued (or one finished): look again now.
  void wake();
  // No more claims (drain); wakes wait_claim.
  void stop();
  bool stopping() const;

  // Jobs in flight in this process, by relative path (one per path at a time).
  void hold(const store::Job& job);
  std::optional<store::Job> held(const std::string& relative_path) const;
  void drop(const store::Job& job);

  // Renews every held lease; a lost one is logged and dropped.
  void renew_held();
  // Renews one; false when the lease was lost (the job must not be written).
  bool still_held(const store::Job& job);
  // Records the outcome; kConflict when the lease was lost.
  Result<void> finish(const store::Job& job, const store::JobOutcome& outcome);
  // Claims of one file before it is set aside (--max-attempts).
  int max_attempts() const { return options_.max_attempts; }
  // Gives a job back for another attempt later.
  void release(const store::Job& job, const std::string& error);
  // Frees at once the leases of workers on this machine whose process is gone.
  void reclaim_dead_local_owners();
  Result<store::QueueStatus> status();

  const std::string& owner() const { return owner_; }

 private:
  // Runs `op` on the store, retrying transient failures with backoff until
  // `budget` is spent (or the queue stops, for claims).
  template <class Op>
  auto with_store(Op op, std::chrono::milliseconds budget) -> decltype(op(std::declval<store::JobStore&>()));

  std::unique_ptr<store::JobStore> store_;
  WatchQueueOptions options_;
  JobLog& log_;
  std::string owner_;

  mutable std::mutex store_mutex_;
  mutable std::mutex state_mutex_;
  std::condition_variable wake_;
  bool stop_ = false;
  bool woken_ = false;
  std::map<std::string, store::Job> held_;
};

}  // namespace kycx::pipeline
