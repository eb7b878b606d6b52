#include "store/pg_migrations.hpp"

#include <string>
#include <vector>

#include "store/columns.hpp"

namespace kycx::store {

namespace {

// Index i holds the SQL that takes the schema from version i to i + 1.
const std::vector<std::string>& pg_steps() {
  static const std::vector<std::string> kSteps = {
      // 1: job queue, results by document id, append-only hash-chained audit trail.
      R"sql(
        CREATE TABLE jobs (
          id               BIGSERIAL PRIMARY KEY,
          relative_path    TEXT NOT NULL,
          content_hash     TEXT NOT NULL,
          state            TEXT NOT NULL CHECK (state IN ('queued', 'processing', 'done', 'rejected')),
          attempts         INTEGER NOT NULL DEFAULT 0,
          lease_owner      TEXT NOT NULL DEFAULT '',
          lease_expires_at TIMESTAMPTZ,
          not_before       TIMESTAMPTZ NOT NULL DEFAULT now(),
          last_error       TEXT NOT NULL DEFAULT '',
          document_id      TEXT NOT NULL DEFAULT '',
          status           TEXT NOT NULL DEFAULT '',
          created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
          updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
          finished_at      TIMESTAMPTZ);
        CREATE INDEX jobs_unfinished ON jobs(id) WHERE state IN ('queued', 'processing');
        CREATE INDEX jobs_path ON jobs(relative_path, id);
        CREATE INDEX jobs_hash ON jobs(content_hash, state);
        CREATE INDEX jobs_finished ON jobs(finished_at);
        CREATE TABLE results (
          document_id TEXT PRIMARY KEY,
          status      TEXT NOT NULL,
          envelope    TEXT NOT NULL,
          created_at  TIMESTAMPTZ NOT NULL DEFAULT now());
)sql" + std::string("CREATE TABLE audit (seq BIGINT PRIMARY KEY, ") +
          kAuditColumnDeclarations + ");" + R"sql(
        CREATE INDEX audit_document ON audit(document_id);
        CREATE FUNCTION kycx_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS
          $$ BEGIN RAISE EXCEPTION 'audit records are append-only'; END $$;
        CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit
          FOR EACH ROW EXECUTE FUNCTION kycx_audit_append_only();
        CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
          FOR EACH STATEMENT EXECUTE FUNCTION kycx_audit_append_only();
      )sql",
      // 2: each audit entry's MAC under a key kept outside the database (store/audit_seal.hpp).
      "ALTER TABLE audit ADD COLUMN mac TEXT NOT NULL DEFAULT ''",
  };
  return kSteps;
}

}  // namespace

std::optional<std::string> pg_migrate(pqxx::work& work) {
  work.exec("SELECT pg_advisory_xact_lock(hashtext('kycx.migrations'))");
  work.exec(
      "CREATE TABLE IF NOT EXISTS kycx_schema_migrations (version INTEGER PRIMARY KEY, "
      "applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
  const int version = work.exec1("SELECT COALESCE(MAX(version), 0) FROM kycx_schema_migrations")[0].as<int>();
  const int known = static_cast<int>(pg_steps().size());
  if (version > known) {
    return "the database has schema version " + std::to_string(version) + ", newer than this kycx (" +
           std::to_string(known) + "); upgrade kycx";
  }
  for (int v = version; v < known; ++v) {
    work.exec(pg_steps()[static_cast<size_t>(v)]);
    work.exec_params("INSERT INTO kycx_schema_migrations (version) VALUES ($1)", v + 1);
  }
  return std::nullopt;
}

}  // namespace kycx::store
