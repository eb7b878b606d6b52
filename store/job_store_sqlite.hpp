// The job queue in a SQLite file (WAL, synchronous=FULL, BEGIN IMMEDIATE):
// the embedded default, for workers on one machine. Shares the file with the
// review queue and the audit trail, so a job's outcome, its audit entry and
// its review item commit together. One connection; not thread-safe.
#pragma once

#include <filesystem>
#include <memory>

#include "store/job_store.hpp"
#include "store/sqlite_database.hpp"

namespace kycx::store {

class SqliteJobStore final : public JobStore {
 public:
  // Opens and migrates the file (created when missing).
  static Result<std::unique_ptr<SqliteJobStore>> open(const std::filesystem::path& path);

  Result<std::vector<Job>> enqueue(const std::vector<NewJob>& files) override;
  Result<std::optional<Claim>> claim(const ClaimOptions& options) override;
  Result<bool> renew(const Job& job, std::chrono::milliseconds lease) override;
  Result<void> finish(const Job& job, const JobOutcome& outcome) override;
  Result<void> release(const Job& job, const std::string& error, std::chrono::milliseconds retry_after) override;
  Result<std::vector<Job>> processing_jobs() override;
  Result<bool> expire_lease(const Job& job) override;
  Result<bool> requeue_killed(const Job& job) override;
  Result<int> requeue_rejected(const std::string& key) override;
  Result<QueueStatus> status() override;
  Result<AuditVerification> verify_audit() override;
  Result<std::vector<Job>> jobs() override;
  std::string describe() const override;

 private:
  explicit SqliteJobStore(SqliteDatabase db) : db_(std::move(db)) {}
  Result<std::vector<Job>> select_jobs(const std::string& where);
  // Runs an UPDATE ... RETURNING id guarded by the job's attempt; whether a row changed.
  Result<bool> fenced_update(const std::string& set_clause, const Job& job, std::int64_t value);
  SqliteDatabase db_;
};

}  // namespace kycx::store
