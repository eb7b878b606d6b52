// The job queue on PostgreSQL, for workers on several machines sharing one
// queue: claims take the oldest due job with SELECT ... FOR UPDATE SKIP
// LOCKED in a short transaction that commits the lease (owner, expiry,
// attempt) as row state; completion is fenced by the attempt number; lease
// times are the server's clock. Results and the audit chain live in the same
// database. There is no review queue here (kycx review uses SQLite). One
// connection; not thread-safe.
#pragma once

#include <memory>
#include <string>

#include "store/job_store.hpp"

namespace kycx::store {

class PgConnection;

class PgJobStore final : public JobStore {
 public:
  // Connects to `url` (postgresql://user@host:port/db) and migrates.
  static Result<std::unique_ptr<PgJobStore>> open(const std::string& url);
  ~PgJobStore() override;

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
  explicit PgJobStore(std::unique_ptr<PgConnection> connection);
  Result<std::vector<Job>> select_jobs(const std::string& where);
  // UPDATE jobs SET <set_clause> for the job's held attempt; whether it held.
  Result<bool> fenced_update(const std::string& set_clause, const Job& job, std::int64_t millis);
  std::unique_ptr<PgConnection> connection_;
};

}  // namespace kycx::store
