// The durable job queue behind `kycx watch`: one job per (file path, content
// hash), claimed under a lease, finished exactly once (fenced by the attempt
// number), with the results and the audit trail in the same database. SQLite
// on one machine, PostgreSQL for several. An instance owns one connection and
// is not thread-safe: one per thread, or behind a mutex.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/envelope.hpp"
#include "core/error.hpp"
#include "store/audit_log.hpp"

namespace kycx::store {

enum class JobState { kQueued, kProcessing, kDone, kRejected };
std::string_view to_string(JobState state);
std::optional<JobState> job_state_from_string(std::string_view name);

// A file seen in the inbox.
struct NewJob {
  std::string relative_path;  // inside the inbox, '/'-separated
  std::string content_hash;   // sha256 hex of the bytes; "" when they could not be read (symbolic link, ...)
};

struct Job {
  std::int64_t id = 0;
  std::string relative_path;
  std::string content_hash;
  JobState state = JobState::kQueued;
  int attempts = 0;         // claims so far; a claim's value is its fencing token
  std::string lease_owner;  // "host:pid:nonce" of the worker holding or last holding it
  std::string last_error;   // why the last attempt did not finish, if it did not
};

struct ClaimOptions {
  std::string owner;                       // this worker's id (see make_worker_id)
  std::chrono::milliseconds lease{60000};  // how long the claim holds without renewal
  int max_attempts = 3;                    // claims before a job is quarantined
};

struct Claim {
  Job job;                                     // attempts already counts this claim (committed)
  bool quarantined = false;                    // attempts exhausted: write a rejected envelope, do not process
  std::optional<std::string> stored_envelope;  // a finished result for the same bytes: reuse it
};

// How a claimed job ended. Everything here commits in one transaction with
// the job's new state.
struct JobOutcome {
  JobState state = JobState::kDone;  // kDone or kRejected
  std::string document_id;           // the envelope's
  std::string status;                // the envelope's status ("accepted", ...)
  std::string envelope_json;         // kept as the result for document_id; empty: keep none
  std::vector<AuditEntry> audits;    // appended to the audit chain (one per document of a packet)
  std::vector<Envelope> reviews;     // queued for review (stores that have a review queue)
  std::string outbox_root;           // the outbox (absolute), for the review queue
  std::string envelope_path;         // the envelope's path inside it
};

struct QueueStatus {
  std::int64_t queued = 0;
  std::int64_t processing = 0;
  std::int64_t done = 0;
  std::int64_t rejected = 0;
  double oldest_unfinished_age_s = 0;  // oldest queued or processing job; 0 when none
  std::int64_t finished_last_minute = 0;
  std::int64_t finished_last_hour = 0;
  std::int64_t results = 0;  // distinct documents with a stored result
};

class JobStore {
 public:
  virtual ~JobStore() = default;

  // Adds a job for each file whose latest job (by path) has other bytes or
  // none; the rest are already known. One transaction. Returns the jobs added.
  virtual Result<std::vector<Job>> enqueue(const std::vector<NewJob>& files) = 0;

  // Takes the oldest claimable job: queued and due, or processing with an
  // expired lease; never one whose path has an older unfinished job, nor one
  // whose bytes another live claim is processing. Increments attempts and
  // commits the lease before returning. nullopt when nothing is claimable.
  virtual Result<std::optional<Claim>> claim(const ClaimOptions& options) = 0;

  // Extends a held lease; false when it was lost (expired and taken, or finished).
  virtual Result<bool> renew(const Job& job, std::chrono::milliseconds lease) = 0;

  // Records the outcome if `job.attempts` still holds the claim; kConflict
  // ("lease lost") otherwise. Finishing twice with the same attempt succeeds.
  virtual Result<void> finish(const Job& job, const JobOutcome& outcome) = 0;

  // Gives a held job back to the queue (a transient failure), due again after `retry_after`.
  virtual Result<void> release(const Job& job, const std::string& error, std::chrono::milliseconds retry_after) = 0;

  // Jobs in state processing (any owner): for reclaiming those of dead local workers.
  virtual Result<std::vector<Job>> processing_jobs() = 0;
  // Ends the lease of `job` at once if its attempt still holds it.
  virtual Result<bool> expire_lease(const Job& job) = 0;
  // Puts `job` back in the queue with its attempt not counted, if that attempt
  // still holds it: its worker was killed from outside (kill -9, a reboot)
  // while it ran, which says nothing against the document.
  virtual Result<bool> requeue_killed(const Job& job) = 0;
  // An operator's decision: the set-aside (rejected) jobs of the file at
  // `relative_path`, or of the bytes whose sha256 starts with `key` (8+ hex
  // digits), are queued again with no attempts. Returns how many.
  virtual Result<int> requeue_rejected(const std::string& key) = 0;

  virtual Result<QueueStatus> status() = 0;
  virtual Result<AuditVerification> verify_audit() = 0;
  // Every job (oldest first); for tests and tools.
  virtual Result<std::vector<Job>> jobs() = 0;
  // What the store is, for messages (never a password).
  virtual std::string describe() const = 0;
};

// True for 8-64 lower-case hex digits: a prefix of a document id.
bool is_hash_prefix(const std::string& key);

// True for "postgresql://..." and "postgres://..." locations.
bool is_postgres_url(std::string_view location);

// Opens (and migrates) the store at `location`: a PostgreSQL URL, or the
// path of a SQLite file — created when missing unless `must_exist` (tools
// that only read a store: kNotFound then).
Result<std::unique_ptr<JobStore>> open_job_store(const std::string& location, bool must_exist = false);

// "host:pid:nonce" for this process: unique among live workers.
std::string make_worker_id();

}  // namespace kycx::store
