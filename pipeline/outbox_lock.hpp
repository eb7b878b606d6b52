// One batch at a time per outbox: an exclusive lock on OUTBOX/.kycx/batch.lock
// for the run, so that two batches into one outbox do not extract every
// document twice. The kernel releases it when the holder exits or dies.
// Not thread-safe; one per process.
#pragma once

#include <filesystem>

#include "core/error.hpp"

namespace kycx::pipeline {

class OutboxLock {
 public:
  // Takes the lock without waiting, creating the lock file (0600) and its
  // folder, and records this process's id in it. Fails with kConflict,
  // naming the holder's process id, while another process holds it; with
  // kIoError when the file cannot be created.
  static Result<OutboxLock> acquire(const std::filesystem::path& outbox);

  OutboxLock(OutboxLock&& other) noexcept;
  OutboxLock& operator=(OutboxLock&& other) noexcept;
  OutboxLock(const OutboxLock&) = delete;
  OutboxLock& operator=(const OutboxLock&) = delete;
  ~OutboxLock();  // releases the lock; the file stays

 private:
  explicit OutboxLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

// Where the lock of `outbox` lives.
std::filesystem::path outbox_lock_path(const std::filesystem::path& outbox);

}  // namespace kycx::pipeline
