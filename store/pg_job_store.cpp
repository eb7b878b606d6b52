#include "store/pg_job_store.hpp"

#include "core/path_text.hpp"
#include "core/time_util.hpp"
#include "store/columns.hpp"
#include "store/pg_connection.hpp"
#include "store/pg_migrations.hpp"

namespace kycx::store {

namespace {

using std::chrono::milliseconds;

Job read_job(const pqxx::row& r) {
  Job job;
  job.id = r[0].as<std::int64_t>();
  job.relative_path = path_from_text(r[1].as<std::string>());
  job.content_hash = r[2].as<std::string>();
  job.state = job_state_from_string(r[3].as<std::string>()).value_or(JobState::kQueued);
  job.attempts = r[4].as<int>();
  job.lease_owner = r[5].as<std::string>();
  job.last_error = r[6].as<std::string>();
  return job;
}

// The oldest claimable job (see JobStore::claim), locked without waiting for
// rows other workers are claiming, and its lease committed in one statement.
constexpr const char* kPgClaimSql = R"sql(
  WITH candidate AS (
    SELECT j.id FROM jobs j
    WHERE j.state IN ('queued', 'processing')
      AND ((j.state = 'queued' AND j.not_before <= now()) OR (j.state = 'processing' AND j.lease_expires_at < now()))
      AND NOT EXISTS (SELECT 1 FROM jobs o WHERE o.relative_path = j.relative_path AND o.id < j.id
                      AND o.state IN ('queued', 'processing'))
      AND (j.content_hash = '' OR NOT EXISTS (
             SELECT 1 FROM jobs o WHERE o.content_hash = j.content_hash AND o.id <> j.id
             AND o.state = 'processing' AND o.lease_expires_at >= now()))
    ORDER BY j.id
    LIMIT 1
    FOR UPDATE SKIP LOCKED)
  UPDATE jobs SET state = 'processing', attempts = jobs.attempts + 1, lease_owner = $1,
                  lease_expires_at = now() + $2::double precision * interval '1 millisecond', updated_at = now()
  FROM candidate WHERE jobs.id = candidate.id
  RETURNING jobs.id, jobs.relative_path, jobs.content_hash, jobs.state, jobs.attempts, jobs.lease_owner,
            jobs.last_error)sql";

AuditEntry read_audit(const pqxx::row& r) {
  AuditEntry e;
  e.seq = r[0].as<std::int64_t>();
  e.at = r[1].as<std::string>();
  e.actor = r[2].as<std::string>();
  e.action = r[3].as<std::string>();
  e.document_id = r[4].as<std::string>();
  e.field = r[5].as<std::string>();
  e.old_value = Json::parse(r[6].as<std::string>(), nullptr, false);
  e.new_value = Json::parse(r[7].as<std::string>(), nullptr, false);
  e.reason = r[8].as<std::string>();
  e.details = Json::parse(r[9].as<std::string>(), nullptr, false);
  e.prev_hash = r[10].as<std::string>();
  e.hash = r[11].as<std::string>();
  e.mac = r[12].as<std::string>();
  return e;
}

// Appends to the chain; the table lock makes appends from all workers serial.
// Returns the appended entry (its seq and mac seal the transaction's end).
AuditEntry append_audit(pqxx::work& w, const AuditKey& key, AuditEntry e) {
  w.exec("LOCK TABLE audit IN SHARE ROW EXCLUSIVE MODE");
  const pqxx::result last = w.exec("SELECT seq, hash, mac FROM audit ORDER BY seq DESC LIMIT 1");
  e.seq = last.empty() ? 1 : last[0][0].as<std::int64_t>() + 1;
  e.prev_hash = last.empty() ? "" : last[0][1].as<std::string>();
  const std::string prev_mac = last.empty() ? "" : last[0][2].as<std::string>();
  if (e.at.empty()) e.at = now_iso8601_utc();
  e.hash = e.computed_hash();
  e.mac = entry_mac(key, prev_mac, e.hash);
  w.exec_params(std::string("INSERT INTO audit (") + kAuditColumns +
                    ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
                e.seq, e.at, e.actor, e.action, e.document_id, e.field, dump_json(e.old_value), dump_json(e.new_value),
                e.reason, dump_json(e.details), e.prev_hash, e.hash, e.mac);
  return e;
}

}  // namespace

PgJobStore::PgJobStore(std::unique_ptr<PgConnection> connection) : connection_(std::move(connection)) {}
PgJobStore::~PgJobStore() = default;

Result<std::unique_ptr<PgJobStore>> PgJobStore::open(const std::string& url) {
  auto connection = PgConnection::open(url);
  if (!connection) return tl::unexpected(connection.error());
  std::optional<std::string> too_new;
  auto migrated = (*connection)->transact([&](pqxx::work& w) { too_new = pg_migrate(w); });
  if (!migrated) return tl::unexpected(migrated.error());
  if (too_new) return fail(ErrorCode::kInvalidArgument, (*connection)->description() + ": " + *too_new);
  return std::unique_ptr<PgJobStore>(new PgJobStore(std::move(*connection)));
}

std::string PgJobStore::describe() const {
  return connection_->description();
}

Result<std::vector<Job>> PgJobStore::enqueue(const std::vector<NewJob>& files) {
  std::vector<Job> added;
  if (files.empty()) return added;
  auto done = connection_->transact([&](pqxx::work& w) {
    added.clear();
    // Intake on several machines may see the same file: one enqueuer at a time.
    w.exec("SELECT pg_advisory_xact_lock(hashtext('kycx.enqueue'))");
    for (const NewJob& file : files) {
      const pqxx::result r = w.exec_params(
          "INSERT INTO jobs (relative_path, content_hash, state) SELECT $1, $2, 'queued' "
          "WHERE NOT EXISTS (SELECT 1 FROM (SELECT content_hash FROM jobs WHERE relative_path = $1 "
          "ORDER BY id DESC LIMIT 1) latest WHERE latest.content_hash = $2) RETURNING id",
          path_to_text(file.relative_path), file.content_hash);
      if (r.empty()) continue;
      Job job;
      job.id = r[0][0].as<std::int64_t>();
      job.relative_path = file.relative_path;
      job.content_hash = file.content_hash;
      added.push_back(std::move(job));
    }
  });
  if (!done) return tl::unexpected(done.error());
  return added;
}

Result<std::optional<Claim>> PgJobStore::claim(const ClaimOptions& options) {
  std::optional<Claim> claim;
  auto done = connection_->transact([&](pqxx::work& w) {
    claim.reset();
    const pqxx::result r = w.exec_params(kPgClaimSql, options.owner, static_cast<double>(options.lease.count()));
    if (r.empty()) return;
    claim.emplace();
    claim->job = read_job(r[0]);
    claim->quarantined = claim->job.attempts > options.max_attempts;
    if (!claim->quarantined && !claim->job.content_hash.empty()) {
      const pqxx::result stored =
          w.exec_params("SELECT envelope FROM results WHERE document_id = $1", claim->job.content_hash);
      if (!stored.empty()) claim->stored_envelope = stored[0][0].as<std::string>();
    }
  });
  if (!done) return tl::unexpected(done.error());
  return claim;
}

Result<bool> PgJobStore::fenced_update(const std::string& set_clause, const Job& job, std::int64_t millis) {
  bool changed = false;
  auto done = connection_->transact([&](pqxx::work& w) {
    const pqxx::result r = w.exec_params("UPDATE jobs SET " + set_clause +
                                             ", updated_at = now() WHERE id = $2 AND attempts = $3 "
                                             "AND state = 'processing' RETURNING id",
                                         static_cast<double>(millis), job.id, job.attempts);
    changed = !r.empty();
  });
  if (!done) return tl::unexpected(done.error());
  return changed;
}

Result<bool> PgJobStore::renew(const Job& job, milliseconds lease) {
  return fenced_update("lease_expires_at = now() + $1::double precision * interval '1 millisecond'", job,
                       lease.count());
}

Result<bool> PgJobStore::expire_lease(const Job& job) {
  return fenced_update("lease_expires_at = 'epoch'::timestamptz + $1::double precision * interval '1 millisecond'", job,
                       0);
}

Result<bool> PgJobStore::requeue_killed(const Job& job) {
  return fenced_update(
      "state = 'queued', lease_expires_at = NULL, attempts = attempts - 1, not_before = now() + "
      "$1::double precision * interval '1 millisecond'",
      job, 0);
}

Result<int> PgJobStore::requeue_rejected(const std::string& key) {
  int n = 0;
  const bool by_hash = is_hash_prefix(key);
  auto done = connection_->transact([&](pqxx::work& w) {
    const pqxx::result r = w.exec_params(
        std::string("UPDATE jobs SET state = 'queued', attempts = 0, lease_owner = '', lease_expires_at = NULL, "
                    "not_before = now(), finished_at = NULL, updated_at = now() WHERE state = 'rejected' AND ") +
            (by_hash ? "left(content_hash, $1) = $2" : "relative_path = $2 AND $1 >= 0") + " RETURNING id",
        static_cast<int>(key.size()), by_hash ? key : path_to_text(key));
    n = static_cast<int>(r.size());
  });
  if (!done) return tl::unexpected(done.error());
  return n;
}

Result<void> PgJobStore::release(const Job& job, const std::string& error, milliseconds retry_after) {
  bool changed = false;
  auto done = connection_->transact([&](pqxx::work& w) {
    const pqxx::result r = w.exec_params(
        "UPDATE jobs SET state = 'queued', lease_expires_at = NULL, last_error = $1, "
        "not_before = now() + $2::double precision * interval '1 millisecond', updated_at = now() "
        "WHERE id = $3 AND attempts = $4 AND state = 'processing' RETURNING id",
        error, static_cast<double>(retry_after.count()), job.id, job.attempts);
    changed = !r.empty();
  });
  if (!done) return tl::unexpected(done.error());
  if (!changed) return fail(ErrorCode::kConflict, "lease lost on job " + std::to_string(job.id));
  return {};
}

Result<void> PgJobStore::finish(const Job& job, const JobOutcome& outcome) {
  enum class Fence { kHeld, kAlreadyOurs, kLost } fence = Fence::kLost;
  const AuditKey* key = nullptr;
  if (!outcome.audits.empty()) {
    auto k = AuditKey::current(/*create=*/true);
    if (!k) return tl::unexpected(k.error());
    key = *k;
  }
  std::optional<AuditEntry> head;
  auto done = connection_->transact([&](pqxx::work& w) {
    head.reset();
    const pqxx::result r = w.exec_params(
        "UPDATE jobs SET state = $1, lease_expires_at = NULL, document_id = $2, status = $3, finished_at = now(), "
        "updated_at = now() WHERE id = $4 AND attempts = $5 AND state = 'processing' RETURNING id",
        std::string(to_string(outcome.state)), outcome.document_id, outcome.status, job.id, job.attempts);
    if (r.empty()) {
      // Already finished by this very attempt (a commit whose answer was lost) is success.
      const pqxx::result current = w.exec_params("SELECT state, attempts FROM jobs WHERE id = $1", job.id);
      const bool ours = !current.empty() && current[0][1].as<int>() == job.attempts &&
                        (current[0][0].as<std::string>() == "done" || current[0][0].as<std::string>() == "rejected");
      fence = ours ? Fence::kAlreadyOurs : Fence::kLost;
      return;
    }
    fence = Fence::kHeld;
    if (!outcome.envelope_json.empty() && !outcome.document_id.empty()) {
      w.exec_params(
          "INSERT INTO results (document_id, status, envelope) VALUES ($1, $2, $3) ON CONFLICT (document_id) "
          "DO UPDATE SET status = excluded.status, envelope = excluded.envelope",
          outcome.document_id, outcome.status, outcome.envelope_json);
    }
    for (const AuditEntry& audit : outcome.audits) head = append_audit(w, *key, audit);
  });
  if (!done) return tl::unexpected(done.error());
  if (fence == Fence::kLost) {
    return fail(ErrorCode::kConflict,
                "lease lost on job " + std::to_string(job.id) + ": another worker took it after the lease expired");
  }
  if (head) return seal_audit(connection_->url(), head->seq, head->mac);
  return {};
}

Result<std::vector<Job>> PgJobStore::select_jobs(const std::string& where) {
  std::vector<Job> out;
  auto done = connection_->transact([&](pqxx::work& w) {
    out.clear();
    for (const auto& row :
         w.exec(std::string("SELECT ") + kJobColumns + " FROM jobs WHERE " + where + " ORDER BY id")) {
      out.push_back(read_job(row));
    }
  });
  if (!done) return tl::unexpected(done.error());
  return out;
}

Result<std::vector<Job>> PgJobStore::processing_jobs() {
  return select_jobs("state = 'processing'");
}

Result<std::vector<Job>> PgJobStore::jobs() {
  return select_jobs("TRUE");
}

Result<QueueStatus> PgJobStore::status() {
  QueueStatus s;
  auto done = connection_->transact([&](pqxx::work& w) {
    s = QueueStatus{};
    for (const auto& row : w.exec("SELECT state, count(*) FROM jobs GROUP BY state")) {
      const auto state = job_state_from_string(row[0].as<std::string>());
      const auto n = row[1].as<std::int64_t>();
      if (state == JobState::kQueued) s.queued = n;
      if (state == JobState::kProcessing) s.processing = n;
      if (state == JobState::kDone) s.done = n;
      if (state == JobState::kRejected) s.rejected = n;
    }
    const pqxx::row r = w.exec1(
        "SELECT COALESCE(EXTRACT(EPOCH FROM now() - MIN(created_at) "
        "FILTER (WHERE state IN ('queued', 'processing'))), 0)::double precision, "
        "count(*) FILTER (WHERE finished_at >= now() - interval '1 minute'), "
        "count(*) FILTER (WHERE finished_at >= now() - interval '1 hour'), "
        "(SELECT count(*) FROM results) FROM jobs");
    s.oldest_unfinished_age_s = r[0].as<double>();
    s.finished_last_minute = r[1].as<std::int64_t>();
    s.finished_last_hour = r[2].as<std::int64_t>();
    s.results = r[3].as<std::int64_t>();
  });
  if (!done) return tl::unexpected(done.error());
  return s;
}

Result<AuditVerification> PgJobStore::verify_audit() {
  auto key = AuditKey::current(/*create=*/false);
  if (!key) return tl::unexpected(key.error());
  auto checkpoints = read_checkpoints(**key, checkpoint_path(connection_->url()));
  if (!checkpoints) return tl::unexpected(checkpoints.error());
  AuditChainCheck check(*key, *checkpoints);
  bool owns_audit = false;
  auto done = connection_->transact([&](pqxx::work& w) {
    check = AuditChainCheck(*key, *checkpoints);
    owns_audit = w.exec1("SELECT tableowner = current_user FROM pg_tables WHERE tablename = 'audit'")[0].as<bool>();
    for (const auto& row : w.exec(std::string("SELECT ") + kAuditColumns + " FROM audit ORDER BY seq")) {
      check.add(read_audit(row));
    }
  });
  if (!done) return tl::unexpected(done.error());
  AuditVerification v = check.result();
  if (owns_audit) {
    v.warnings.emplace_back(
        "kycx's database role owns the audit table, so it could disable the table's triggers: make another role "
        "its owner and grant this one only SELECT and INSERT (docs/DEPLOYMENT.md)");
  }
  return v;
}

}  // namespace kycx::store
