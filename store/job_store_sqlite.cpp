#include "store/job_store_sqlite.hpp"

#include "store/columns.hpp"
#include "store/migrations.hpp"
#include "store/review_repository.hpp"

namespace kycx::store {

namespace {

using std::chrono::milliseconds;

std::int64_t now_ms() {
  return std::chrono::duration_cast<milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

Job read_job(const Statement& s) {
  Job job;
  job.id = s.integer(0);
  job.relative_path = s.text(1);
  job.content_hash = s.text(2);
  job.state = job_state_from_string(s.text(3)).value_or(JobState::kQueued);
  job.attempts = static_cast<int>(s.integer(4));
  job.lease_owner = s.text(5);
  job.last_error = s.text(6);
  return job;
}

// The oldest claimable job (see JobStore::claim). ?1 is now in milliseconds.
constexpr const char* kSqliteClaimSql = R"sql(
  SELECT id, relative_path, content_hash, state, attempts, lease_owner, last_error FROM jobs j
  WHERE j.state IN ('queued', 'processing')
    AND ((j.state = 'queued' AND j.not_before_ms <= ?1) OR (j.state = 'processing' AND j.lease_expires_ms < ?1))
    AND NOT EXISTS (SELECT 1 FROM jobs o WHERE o.relative_path = j.relative_path AND o.id < j.id
                    AND o.state IN ('queued', 'processing'))
    AND (j.content_hash = '' OR NOT EXISTS (
           SELECT 1 FROM jobs o WHERE o.content_hash = j.content_hash AND o.id <> j.id
           AND o.state = 'processing' AND o.lease_expires_ms >= ?1))
  ORDER BY j.id LIMIT 1)sql";

Result<std::int64_t> count(SqliteDatabase& db, const std::string& sql, std::int64_t param) {
  auto stmt = db.prepare(sql);
  if (!stmt) return tl::unexpected(stmt.error());
  if (sql.find('?') != std::string::npos) stmt->bind(1, param);
  auto row = stmt->step();
  if (!row) return tl::unexpected(row.error());
  return *row ? stmt->integer(0) : 0;
}

}  // namespace

Result<std::unique_ptr<SqliteJobStore>> SqliteJobStore::open(const std::filesystem::path& path) {
  auto db = SqliteDatabase::open(path);
  if (!db) return tl::unexpected(db.error());
  if (auto m = migrate(*db); !m) return tl::unexpected(m.error());
  return std::unique_ptr<SqliteJobStore>(new SqliteJobStore(std::move(*db)));
}

std::string SqliteJobStore::describe() const {
  return "SQLite file " + db_.path().string();
}

Result<std::vector<Job>> SqliteJobStore::enqueue(const std::vector<NewJob>& files) {
  std::vector<Job> added;
  if (files.empty()) return added;
  auto tx = db_.begin_write();
  if (!tx) return tl::unexpected(tx.error());
  const std::int64_t now = now_ms();
  for (const NewJob& file : files) {
    auto latest = db_.prepare("SELECT content_hash FROM jobs WHERE relative_path = ? ORDER BY id DESC LIMIT 1");
    if (!latest) return tl::unexpected(latest.error());
    latest->bind(1, file.relative_path);
    auto row = latest->step();
    if (!row) return tl::unexpected(row.error());
    if (*row && latest->text(0) == file.content_hash) continue;
    auto insert = db_.prepare(
        "INSERT INTO jobs (relative_path, content_hash, state, created_ms, updated_ms) "
        "VALUES (?, ?, 'queued', ?, ?) RETURNING id");
    if (!insert) return tl::unexpected(insert.error());
    insert->bind(1, file.relative_path).bind(2, file.content_hash).bind(3, now).bind(4, now);
    auto inserted = insert->step();
    if (!inserted) return tl::unexpected(inserted.error());
    Job job;
    job.id = insert->integer(0);
    job.relative_path = file.relative_path;
    job.content_hash = file.content_hash;
    added.push_back(std::move(job));
  }
  if (auto c = tx->commit(); !c) return tl::unexpected(c.error());
  return added;
}

Result<std::optional<Claim>> SqliteJobStore::claim(const ClaimOptions& options) {
  auto tx = db_.begin_write();
  if (!tx) return tl::unexpected(tx.error());
  const std::int64_t now = now_ms();
  auto pick = db_.prepare(kSqliteClaimSql);
  if (!pick) return tl::unexpected(pick.error());
  pick->bind(1, now);
  auto row = pick->step();
  if (!row) return tl::unexpected(row.error());
  if (!*row) return std::optional<Claim>();
  Claim claim;
  claim.job = read_job(*pick);
  auto take = db_.prepare(
      "UPDATE jobs SET state = 'processing', attempts = attempts + 1, lease_owner = ?, lease_expires_ms = ?, "
      "updated_ms = ? WHERE id = ?");
  if (!take) return tl::unexpected(take.error());
  take->bind(1, options.owner).bind(2, now + options.lease.count()).bind(3, now).bind(4, claim.job.id);
  if (auto r = take->run(); !r) return tl::unexpected(r.error());
  claim.job.state = JobState::kProcessing;
  claim.job.attempts += 1;
  claim.job.lease_owner = options.owner;
  claim.quarantined = claim.job.attempts > options.max_attempts;
  if (!claim.quarantined && !claim.job.content_hash.empty()) {
    auto stored = db_.prepare("SELECT envelope FROM results WHERE document_id = ?");
    if (!stored) return tl::unexpected(stored.error());
    stored->bind(1, claim.job.content_hash);
    auto found = stored->step();
    if (!found) return tl::unexpected(found.error());
    if (*found) claim.stored_envelope = stored->text(0);
  }
  if (auto c = tx->commit(); !c) return tl::unexpected(c.error());
  return claim;
}

Result<bool> SqliteJobStore::fenced_update(const std::string& set_clause, const Job& job, std::int64_t value) {
  auto stmt = db_.prepare("UPDATE jobs SET " + set_clause +
                          ", updated_ms = ?2 WHERE id = ?3 AND attempts = ?4 AND state = 'processing' RETURNING id");
  if (!stmt) return tl::unexpected(stmt.error());
  stmt->bind(1, value).bind(2, now_ms()).bind(3, job.id).bind(4, std::int64_t{job.attempts});
  auto row = stmt->step();
  if (!row) return tl::unexpected(row.error());
  const bool changed = *row;
  if (changed) {
    if (auto rest = stmt->run(); !rest) return tl::unexpected(rest.error());
  }
  return changed;
}

Result<bool> SqliteJobStore::renew(const Job& job, milliseconds lease) {
  auto tx = db_.begin_write();
  if (!tx) return tl::unexpected(tx.error());
  auto changed = fenced_update("lease_expires_ms = ?1", job, now_ms() + lease.count());
  if (!changed) return changed;
  if (auto c = tx->commit(); !c) return tl::unexpected(c.error());
  return changed;
}

Result<bool> SqliteJobStore::expire_lease(const Job& job) {
  auto tx = db_.begin_write();
  if (!tx) return tl::unexpected(tx.error());
  auto changed = fenced_update("lease_expires_ms = ?1", job, 0);
  if (!changed) return changed;
  if (auto c = tx->commit(); !c) return tl::unexpected(c.error());
  return changed;
}

Result<bool> SqliteJobStore::requeue_killed(const Job& job) {
  auto tx = db_.begin_write();
  if (!tx) return tl::unexpected(tx.error());
  auto changed =
      fenced_update("state = 'queued', lease_expires_ms = 0, attempts = attempts - 1, not_before_ms = ?1", job, 0);
  if (!changed) return changed;
  if (auto c = tx->commit(); !c) return tl::unexpected(c.error());
  return changed;
}

Result<int> SqliteJobStore::requeue_rejected(const std::string& key) {
  auto tx = db_.begin_write();
  if (!tx) return tl::unexpected(tx.error());
  const bool by_hash = is_hash_prefix(key);
  auto stmt =
      db_.prepare(std::string("UPDATE jobs SET state = 'queued', attempts = 0, lease_owner = '', lease_expires_ms = 0, "
                              "not_before_ms = 0, finished_ms = NULL, updated_ms = ?1 WHERE state = 'rejected' AND ") +
                  (by_hash ? "substr(content_hash, 1, ?2) = ?3" : "relative_path = ?3") + " RETURNING id");
  if (!stmt) return tl::unexpected(stmt.error());
  stmt->bind(1, now_ms()).bind(2, static_cast<std::int64_t>(key.size())).bind(3, key);
  int n = 0;
  for (;;) {
    auto row = stmt->step();
    if (!row) return tl::unexpected(row.error());
    if (!*row) break;
    ++n;
  }
  if (auto c = tx->commit(); !c) return tl::unexpected(c.error());
  return n;
}

Result<void> SqliteJobStore::release(const Job& job, const std::string& error, milliseconds retry_after) {
  auto tx = db_.begin_write();
  if (!tx) return tl::unexpected(tx.error());
  auto set_error = db_.prepare("UPDATE jobs SET last_error = ? WHERE id = ? AND attempts = ? AND state = 'processing'");
  if (!set_error) return tl::unexpected(set_error.error());
  set_error->bind(1, error).bind(2, job.id).bind(3, std::int64_t{job.attempts});
  if (auto r = set_error->run(); !r) return tl::unexpected(r.error());
  auto changed =
      fenced_update("state = 'queued', lease_expires_ms = 0, not_before_ms = ?1", job, now_ms() + retry_after.count());
  if (!changed) return tl::unexpected(changed.error());
  if (!*changed) return fail(ErrorCode::kConflict, "lease lost on job " + std::to_string(job.id));
  return tx->commit();
}

Result<void> SqliteJobStore::finish(const Job& job, const JobOutcome& outcome) {
  auto tx = db_.begin_write();
  if (!tx) return tl::unexpected(tx.error());
  const std::int64_t now = now_ms();
  auto update = db_.prepare(
      "UPDATE jobs SET state = ?, lease_expires_ms = 0, document_id = ?, status = ?, finished_ms = ?, updated_ms = ? "
      "WHERE id = ? AND attempts = ? AND state = 'processing' RETURNING id");
  if (!update) return tl::unexpected(update.error());
  update->bind(1, std::string(to_string(outcome.state)))
      .bind(2, outcome.document_id)
      .bind(3, outcome.status)
      .bind(4, now)
      .bind(5, now)
      .bind(6, job.id)
      .bind(7, std::int64_t{job.attempts});
  auto row = update->step();
  if (!row) return tl::unexpected(row.error());
  if (!*row) {
    // Already finished by this very attempt (a retried commit) is success; anything else lost the lease.
    auto current = select_jobs("id = " + std::to_string(job.id));
    if (!current) return tl::unexpected(current.error());
    const bool ours = !current->empty() && current->front().attempts == job.attempts &&
                      (current->front().state == JobState::kDone || current->front().state == JobState::kRejected);
    if (ours) return {};
    return fail(ErrorCode::kConflict,
                "lease lost on job " + std::to_string(job.id) + ": another worker took it after the lease expired");
  }
  if (auto rest = update->run(); !rest) return tl::unexpected(rest.error());
  if (!outcome.envelope_json.empty() && !outcome.document_id.empty()) {
    auto keep = db_.prepare(
        "INSERT INTO results (document_id, status, envelope, created_ms) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(document_id) DO UPDATE SET status = excluded.status, envelope = excluded.envelope");
    if (!keep) return tl::unexpected(keep.error());
    keep->bind(1, outcome.document_id).bind(2, outcome.status).bind(3, outcome.envelope_json).bind(4, now);
    if (auto r = keep->run(); !r) return tl::unexpected(r.error());
  }
  for (const AuditEntry& audit : outcome.audits) {
    if (auto logged = AuditLog(db_).append(audit); !logged) return tl::unexpected(logged.error());
  }
  for (const Envelope& review : outcome.reviews) {
    if (review.document_id.empty()) continue;
    if (auto queued = ReviewRepository(db_).enqueue(review, outcome.outbox_root, outcome.envelope_path); !queued)
      return queued;
  }
  if (auto committed = tx->commit(); !committed) return committed;
  if (outcome.audits.empty()) return {};
  return AuditLog(db_).seal();
}

Result<std::vector<Job>> SqliteJobStore::select_jobs(const std::string& where) {
  auto stmt = db_.prepare(std::string("SELECT ") + kJobColumns + " FROM jobs WHERE " + where + " ORDER BY id");
  if (!stmt) return tl::unexpected(stmt.error());
  std::vector<Job> out;
  for (;;) {
    auto row = stmt->step();
    if (!row) return tl::unexpected(row.error());
    if (!*row) return out;
    out.push_back(read_job(*stmt));
  }
}

Result<std::vector<Job>> SqliteJobStore::processing_jobs() {
  return select_jobs("state = 'processing'");
}

Result<std::vector<Job>> SqliteJobStore::jobs() {
  return select_jobs("1");
}

Result<QueueStatus> SqliteJobStore::status() {
  QueueStatus s;
  auto by_state = db_.prepare("SELECT state, count(*) FROM jobs GROUP BY state");
  if (!by_state) return tl::unexpected(by_state.error());
  for (;;) {
    auto row = by_state->step();
    if (!row) return tl::unexpected(row.error());
    if (!*row) break;
    const auto state = job_state_from_string(by_state->text(0));
    const std::int64_t n = by_state->integer(1);
    if (state == JobState::kQueued) s.queued = n;
    if (state == JobState::kProcessing) s.processing = n;
    if (state == JobState::kDone) s.done = n;
    if (state == JobState::kRejected) s.rejected = n;
  }
  const std::int64_t now = now_ms();
  auto oldest = count(db_, "SELECT COALESCE(MIN(created_ms), 0) FROM jobs WHERE state IN ('queued', 'processing')", 0);
  if (!oldest) return tl::unexpected(oldest.error());
  if (*oldest > 0) s.oldest_unfinished_age_s = double(now - *oldest) / 1000.0;
  auto minute = count(db_, "SELECT count(*) FROM jobs WHERE finished_ms >= ?", now - 60'000);
  auto hour = count(db_, "SELECT count(*) FROM jobs WHERE finished_ms >= ?", now - 3'600'000);
  auto results = count(db_, "SELECT count(*) FROM results", 0);
  if (!minute || !hour || !results) {
    return tl::unexpected(!minute ? minute.error() : !hour ? hour.error() : results.error());
  }
  s.finished_last_minute = *minute;
  s.finished_last_hour = *hour;
  s.results = *results;
  return s;
}

Result<AuditVerification> SqliteJobStore::verify_audit() {
  return AuditLog(db_).verify();
}

}  // namespace kycx::store
