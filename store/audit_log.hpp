// The append-only, tamper-evident record of decisions: each entry carries the
// hash of the one before it, so altering, removing or reordering any entry
// breaks the chain from there on (verify() finds the first break); a MAC under
// a key outside the store and checkpoints outside it (audit_seal.hpp) make a
// rewrite with recomputed hashes, a forged entry or a cut tail show too. Uses the
// caller's connection; not thread-safe.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/json.hpp"
#include "store/audit_seal.hpp"
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
  std::string mac;                // HMAC under the audit key over the previous mac and hash (audit_seal.hpp)

  // The hash this entry should have, given its content and prev_hash.
  std::string computed_hash() const;
};

struct AuditVerification {
  std::int64_t records = 0;
  std::int64_t without_mac = 0;       // entries from before MACs were kept (the hash chain alone vouches)
  std::int64_t checkpoints = 0;       // checkpoints checked against the chain
  std::vector<std::string> warnings;  // weaker protection than there should be (not a break)
  bool intact = true;
  std::optional<std::int64_t> first_bad_seq;  // the first entry that does not fit the chain
  std::string problem;                        // what is wrong with it
};

// Checks a chain entry by entry, in seq order: what verify() does, for any
// store that holds the chain.
class AuditChainCheck {
 public:
  // `key`: checks each entry's MAC. `checkpoints`: the chain must hold each
  // one's length and head.
  explicit AuditChainCheck(const AuditKey* key = nullptr, std::vector<Checkpoint> checkpoints = {});
  void add(const AuditEntry& entry);
  // After the last entry: checks what only the end can tell (entries removed).
  const AuditVerification& result();

 private:
  void broken(std::int64_t seq, std::string problem);
  const AuditKey* key_;
  std::map<std::int64_t, std::string> expected_heads_;  // checkpoint length -> head mac
  AuditVerification verification_;
  std::string prev_hash_;
  std::string prev_mac_;
  std::int64_t expected_seq_ = 1;
  bool finished_ = false;
};

// Seals what was committed: writes a checkpoint of the chain's length and
// head MAC to the checkpoint file of the store at `location`. Call after the
// transaction that appended entries commits.
Result<void> seal_audit(const std::string& location, std::int64_t records, const std::string& head_mac);

class AuditLog {
 public:
  explicit AuditLog(SqliteDatabase& db) : db_(db) {}

  // REQUIRES: called inside a write transaction on the same connection (so the
  // entry commits, or not, together with the change it records). Fails when
  // the audit key cannot be read or created.
  Result<AuditEntry> append(AuditEntry entry);
  // After that transaction commits: a checkpoint of the chain as it stands.
  Result<void> seal();
  Result<std::vector<AuditEntry>> for_document(const std::string& document_id);
  Result<AuditVerification> verify();

 private:
  SqliteDatabase& db_;
};

}  // namespace kycx::store
