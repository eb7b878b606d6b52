// The append-only, tamper-evident record of decisions: each entry carries the
// hash of the one before it, so altering, removing or reordering any entry
// breaks the chain from there on (verify() finds the first break). Uses the
// caller's connection; not thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/json.hpp"
#include "store/sqlite_database.hpp"

namespace kycx::store {

struct AuditEntry {
  std::int64_t seq = 0;     // position in the chain, from 1; assigned by append()
  std::string at;           // ISO 8601 UTC; assigned by append() when empty
  std::string actor;        // who: a reviewer's name, or "kycx"
  std::string action;       // "extract", "approve", "correct", "reject", ...
  std::string document_id;  // sha256 of the input file
  std::string field;        // empty for document-level actions
  Json old_value;           // null when not applicable
  Json new_value;
  std::string reason;             // why, in the actor's words
  Json details = Json::object();  // versions (program, schema, prompt, model), check outcomes, ...
  std::string prev_hash;          // hash of entry seq - 1 ("" for the first)
  std::string hash;               // sha256 over prev_hash and this entry's content

  // The hash this entry should have, given its content and prev_hash.
  std::string computed_hash() const;
};

struct AuditVerification {
  std::int64_t records = 0;
  bool intact = true;
  std::optional<std::int64_t> first_bad_seq;  // the first entry that does not fit the chain
  std::string problem;                        // what is wrong with it
};

// Checks a chain entry by entry, in seq order: what verify() does, for any
// store that holds the chain.
class AuditChainCheck {
 public:
  void add(const AuditEntry& entry);
  const AuditVerification& result() const { return verification_; }

 private:
  AuditVerification verification_;
  std::string prev_hash_;
  std::int64_t expected_seq_ = 1;
};

class AuditLog {
 public:
  explicit AuditLog(SqliteDatabase& db) : db_(db) {}

  // REQUIRES: called inside a write transaction on the same connection (so the
  // entry commits, or not, together with the change it records).
  Result<AuditEntry> append(AuditEntry entry);
  Result<std::vector<AuditEntry>> for_document(const std::string& document_id);
  Result<AuditVerification> verify();

 private:
  SqliteDatabase& db_;
};

}  // namespace kycx::store
