// Column lists both job store backends (SQLite and PostgreSQL) select and
// insert, in the order their row readers read them.
#pragma once

namespace kycx::store {

inline constexpr const char* kJobColumns = "id, relative_path, content_hash, state, attempts, lease_owner, last_error";
inline constexpr const char* kAuditColumns =
    "seq, at, actor, action, document_id, field, old_value, new_value, reason, details, prev_hash, hash, mac";
// The audit table's columns after its sequence number, as both backends
// declared them first; `mac` was added by a later migration of each.
inline constexpr const char* kAuditColumnDeclarations =
    "at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, document_id TEXT NOT NULL, field TEXT NOT NULL, "
    "old_value TEXT NOT NULL, new_value TEXT NOT NULL, reason TEXT NOT NULL, details TEXT NOT NULL, "
    "prev_hash TEXT NOT NULL, hash TEXT NOT NULL";

}  // namespace kycx::store
