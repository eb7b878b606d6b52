#include "store/migrations.hpp"

#include <string>
#include <vector>

#include "core/time_util.hpp"
#include "store/columns.hpp"

namespace kycx::store {

namespace {

// Index i holds the SQL that takes the schema from version i to i + 1.
const std::vector<std::string>& sqlite_steps() {
  static const std::vector<std::string> kSteps = {
      // 1: the review queue and the append-only audit trail.
      R"sql(
        CREATE TABLE review_documents (
          document_id   TEXT PRIMARY KEY,
          relative_path TEXT NOT NULL,
          envelope_path TEXT NOT NULL,
          document_type TEXT NOT NULL,
          status        TEXT NOT NULL,
          envelope      TEXT NOT NULL,
          revision      INTEGER NOT NULL,
          approvals     TEXT NOT NULL DEFAULT '[]',
          created_at    TEXT NOT NULL,
          updated_at    TEXT NOT NULL);
        CREATE INDEX review_documents_status ON review_documents(status);
)sql" + std::string("CREATE TABLE audit (seq INTEGER PRIMARY KEY, ") +
          kAuditColumnDeclarations + ");" + R"sql(
        CREATE INDEX audit_document ON audit(document_id);
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
          BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
          BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;
      )sql",
      // 2: the job queue of `kycx watch` (store/job_store_sqlite.cpp) and results by document id.
      R"sql(
        CREATE TABLE jobs (
          id               INTEGER PRIMARY KEY,
          relative_path    TEXT NOT NULL,
          content_hash     TEXT NOT NULL,
          state            TEXT NOT NULL CHECK (state IN ('queued', 'processing', 'done', 'rejected')),
          attempts         INTEGER NOT NULL DEFAULT 0,
          lease_owner      TEXT NOT NULL DEFAULT '',
          lease_expires_ms INTEGER NOT NULL DEFAULT 0,
          not_before_ms    INTEGER NOT NULL DEFAULT 0,
          last_error       TEXT NOT NULL DEFAULT '',
          document_id      TEXT NOT NULL DEFAULT '',
          status           TEXT NOT NULL DEFAULT '',
          created_ms       INTEGER NOT NULL,
          updated_ms       INTEGER NOT NULL,
          finished_ms      INTEGER);
        CREATE INDEX jobs_unfinished ON jobs(id) WHERE state IN ('queued', 'processing');
        CREATE INDEX jobs_path ON jobs(relative_path, id);
        CREATE INDEX jobs_hash ON jobs(content_hash, state);
        CREATE INDEX jobs_finished ON jobs(finished_ms);
        CREATE TABLE results (
          document_id TEXT PRIMARY KEY,
          status      TEXT NOT NULL,
          envelope    TEXT NOT NULL,
          created_ms  INTEGER NOT NULL);
      )sql",
      // 3: every outbox file holding a document under review, as the outbox's
      // absolute root and the file's path inside it (the same bytes under two
      // names are two files of one review item). Older rows kept the path as
      // the writer gave it; they move over with no root.
      R"sql(
        CREATE TABLE review_files (
          document_id   TEXT NOT NULL,
          outbox_root   TEXT NOT NULL,
          envelope_path TEXT NOT NULL,
          PRIMARY KEY (document_id, outbox_root, envelope_path));
        INSERT INTO review_files (document_id, outbox_root, envelope_path)
          SELECT document_id, '', envelope_path FROM review_documents WHERE envelope_path <> '';
      )sql",
      // 4: each audit entry's MAC under a key kept outside the store (store/audit_seal.hpp).
      "ALTER TABLE audit ADD COLUMN mac TEXT NOT NULL DEFAULT ''",
  };
  return kSteps;
}

}  // namespace

Result<int> schema_version(SqliteDatabase& db) {
  auto created =
      db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
  if (!created) {
    // A read-only connection cannot create it; an absent table means version 0.
    auto probe = db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'schema_migrations'");
    if (!probe) return tl::unexpected(probe.error());
    auto row = probe->step();
    if (!row) return tl::unexpected(row.error());
    if (probe->integer(0) == 0) return 0;
  }
  auto stmt = db.prepare("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
  if (!stmt) return tl::unexpected(stmt.error());
  auto row = stmt->step();
  if (!row) return tl::unexpected(row.error());
  return static_cast<int>(stmt->integer(0));
}

Result<void> migrate(SqliteDatabase& db) {
  auto tx = db.begin_write();
  if (!tx) return tl::unexpected(tx.error());
  auto version = schema_version(db);
  if (!version) return tl::unexpected(version.error());
  const int known = static_cast<int>(sqlite_steps().size());
  if (*version > known) {
    return fail(ErrorCode::kInvalidArgument, "the database " + db.path().string() + " has schema version " +
                                                 std::to_string(*version) + ", newer than this kycx (" +
                                                 std::to_string(known) + "); upgrade kycx");
  }
  for (int v = *version; v < known; ++v) {
    if (auto r = db.exec(sqlite_steps()[static_cast<size_t>(v)]); !r) return tl::unexpected(r.error());
    auto record = db.prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)");
    if (!record) return tl::unexpected(record.error());
    record->bind(1, std::int64_t{v + 1}).bind(2, now_iso8601_utc());
    if (auto r = record->run(); !r) return tl::unexpected(r.error());
  }
  return tx->commit();
}

}  // namespace kycx::store
