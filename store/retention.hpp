// Removing personal data once its retention period is over: the store's rows
// of finished work older than a cutoff. Documents still awaiting review and
// unfinished jobs are kept whatever their age; the audit trail is append-only
// and keeps its records (they hold ids and decisions), and a record of the
// purge itself is appended to it. Uses the caller's connection; not
// thread-safe.
#pragma once

#include <cstdint>
#include <string>

#include "core/error.hpp"
#include "store/sqlite_database.hpp"

namespace kycx::store {

struct RetentionCounts {
  std::int64_t jobs = 0;              // finished jobs removed
  std::int64_t results = 0;           // stored results (envelopes) removed
  std::int64_t review_documents = 0;  // reviewed (accepted or rejected) documents removed
};

// Rows finished (or last reviewed) before `cutoff_ms` (milliseconds since the
// epoch). `dry_run`: counts only. Otherwise one transaction that also appends
// an audit record (action "retention", by `actor`) with the counts.
Result<RetentionCounts> purge_before(SqliteDatabase& db, std::int64_t cutoff_ms, const std::string& actor,
                                     bool dry_run);

}  // namespace kycx::store
