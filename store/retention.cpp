#include "store/retention.hpp"

#include "core/time_util.hpp"
#include "store/audit_log.hpp"

namespace kycx::store {
namespace {

constexpr const char* kOldJobs = "state IN ('done', 'rejected') AND finished_ms IS NOT NULL AND finished_ms < ?1";
// Results of documents no unfinished job needs (a requeued or re-dropped file reuses its result).
constexpr const char* kOldResults =
    "created_ms < ?1 AND document_id NOT IN (SELECT document_id FROM jobs WHERE state IN ('queued', 'processing') "
    "UNION SELECT content_hash FROM jobs WHERE state IN ('queued', 'processing'))";
constexpr const char* kOldReviews = "status <> 'needs_review' AND updated_at < ?2";

Result<std::int64_t> count(SqliteDatabase& db, const std::string& table, const char* where, std::int64_t cutoff_ms,
                           const std::string& cutoff_iso) {
  auto stmt = db.prepare("SELECT count(*) FROM " + table + " WHERE " + where);
  if (!stmt) return tl::unexpected(stmt.error());
  stmt->bind(1, cutoff_ms).bind(2, cutoff_iso);
  if (auto row = stmt->step(); !row) return tl::unexpected(row.error());
  return stmt->integer(0);
}

Result<void> remove(SqliteDatabase& db, const std::string& table, const char* where, std::int64_t cutoff_ms,
                    const std::string& cutoff_iso) {
  auto stmt = db.prepare("DELETE FROM " + table + " WHERE " + where);
  if (!stmt) return tl::unexpected(stmt.error());
  stmt->bind(1, cutoff_ms).bind(2, cutoff_iso);
  return stmt->run();
}

}  // namespace

Result<RetentionCounts> purge_before(SqliteDatabase& db, std::int64_t cutoff_ms, const std::string& actor,
                                     bool dry_run) {
  const std::string cutoff_iso =
      iso8601_utc(std::chrono::system_clock::time_point(std::chrono::milliseconds(cutoff_ms)));
  auto tx = db.begin_write();
  if (!tx) return tl::unexpected(tx.error());
  RetentionCounts counts;
  auto jobs = count(db, "jobs", kOldJobs, cutoff_ms, cutoff_iso);
  auto results = count(db, "results", kOldResults, cutoff_ms, cutoff_iso);
  auto reviews = count(db, "review_documents", kOldReviews, cutoff_ms, cutoff_iso);
  if (!jobs) return tl::unexpected(jobs.error());
  if (!results) return tl::unexpected(results.error());
  if (!reviews) return tl::unexpected(reviews.error());
  counts = {*jobs, *results, *reviews};
  if (dry_run) return counts;
  if (auto r = remove(db, "jobs", kOldJobs, cutoff_ms, cutoff_iso); !r) return tl::unexpected(r.error());
  if (auto r = remove(db, "results", kOldResults, cutoff_ms, cutoff_iso); !r) return tl::unexpected(r.error());
  if (auto r = remove(db, "review_documents", kOldReviews, cutoff_ms, cutoff_iso); !r) return tl::unexpected(r.error());
  if (auto r = db.exec("DELETE FROM review_files WHERE document_id NOT IN (SELECT document_id FROM review_documents)");
      !r) {
    return tl::unexpected(r.error());
  }
  AuditEntry entry;
  entry.actor = actor;
  entry.action = "retention";
  entry.reason = "rows finished before " + cutoff_iso + " removed";
  entry.details = Json{{"cutoff", cutoff_iso},
                       {"jobs", counts.jobs},
                       {"results", counts.results},
                       {"review_documents", counts.review_documents}};
  if (auto logged = AuditLog(db).append(std::move(entry)); !logged) return tl::unexpected(logged.error());
  if (auto c = tx->commit(); !c) return tl::unexpected(c.error());
  if (auto sealed = AuditLog(db).seal(); !sealed) return tl::unexpected(sealed.error());
  return counts;
}

}  // namespace kycx::store
