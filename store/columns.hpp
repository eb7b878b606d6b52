// Column lists both job store backends (SQLite and PostgreSQL) select and
// insert, in the order their row readers read them.
#pragma once

namespace kycx::store {

inline constexpr const char* kJobColumns = "id, relative_path, content_hash, state, attempts, lease_owner, last_error";
inline constexpr const char* kAuditColumns =
    "seq, at, actor, action, document_id, field, old_value, new_value, reason, details, prev_hash, hash";

}  // namespace kycx::store
