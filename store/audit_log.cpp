#include "store/audit_log.hpp"

#include "core/sha256.hpp"
#include "core/time_util.hpp"
#include "store/columns.hpp"

namespace kycx::store {

namespace {

AuditEntry read_entry(const Statement& s) {
  AuditEntry e;
  e.seq = s.integer(0);
  e.at = s.text(1);
  e.actor = s.text(2);
  e.action = s.text(3);
  e.document_id = s.text(4);
  e.field = s.text(5);
  e.old_value = Json::parse(s.text(6), nullptr, false);
  e.new_value = Json::parse(s.text(7), nullptr, false);
  e.reason = s.text(8);
  e.details = Json::parse(s.text(9), nullptr, false);
  e.prev_hash = s.text(10);
  e.hash = s.text(11);
  return e;
}

}  // namespace

std::string AuditEntry::computed_hash() const {
  const Json content = {{"seq", seq},
                        {"at", at},
                        {"actor", actor},
                        {"action", action},
                        {"document_id", document_id},
                        {"field", field},
                        {"old_value", old_value},
                        {"new_value", new_value},
                        {"reason", reason},
                        {"details", details}};
  return sha256_hex(prev_hash + "\n" + dump_json(content));
}

Result<AuditEntry> AuditLog::append(AuditEntry entry) {
  auto last = db_.prepare("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
  if (!last) return tl::unexpected(last.error());
  auto row = last->step();
  if (!row) return tl::unexpected(row.error());
  entry.seq = *row ? last->integer(0) + 1 : 1;
  entry.prev_hash = *row ? last->text(1) : "";
  if (entry.at.empty()) entry.at = now_iso8601_utc();
  entry.hash = entry.computed_hash();
  auto insert = db_.prepare(std::string("INSERT INTO audit (") + kAuditColumns + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
  if (!insert) return tl::unexpected(insert.error());
  insert->bind(1, entry.seq)
      .bind(2, entry.at)
      .bind(3, entry.actor)
      .bind(4, entry.action)
      .bind(5, entry.document_id)
      .bind(6, entry.field)
      .bind(7, dump_json(entry.old_value))
      .bind(8, dump_json(entry.new_value))
      .bind(9, entry.reason)
      .bind(10, dump_json(entry.details))
      .bind(11, entry.prev_hash)
      .bind(12, entry.hash);
  if (auto r = insert->run(); !r) return tl::unexpected(r.error());
  return entry;
}

Result<std::vector<AuditEntry>> AuditLog::for_document(const std::string& document_id) {
  auto stmt = db_.prepare(std::string("SELECT ") + kAuditColumns + " FROM audit WHERE document_id = ? ORDER BY seq");
  if (!stmt) return tl::unexpected(stmt.error());
  stmt->bind(1, document_id);
  std::vector<AuditEntry> out;
  for (;;) {
    auto row = stmt->step();
    if (!row) return tl::unexpected(row.error());
    if (!*row) break;
    out.push_back(read_entry(*stmt));
  }
  return out;
}

void AuditChainCheck::add(const AuditEntry& e) {
  AuditVerification& v = verification_;
  ++v.records;
  if (!v.intact) return;
  std::string problem;
  if (e.seq != expected_seq_) {
    problem =
        "entry " + std::to_string(expected_seq_) + " is missing (the chain jumps to " + std::to_string(e.seq) + ")";
  } else if (e.prev_hash != prev_hash_) {
    problem = "entry does not point at the hash of the entry before it";
  } else if (e.computed_hash() != e.hash) {
    problem = "entry's content does not match its hash (altered after it was written)";
  }
  if (!problem.empty()) {
    v.intact = false;
    v.first_bad_seq = e.seq != expected_seq_ ? expected_seq_ : e.seq;
    v.problem = problem;
  }
  prev_hash_ = e.hash;
  expected_seq_ = e.seq + 1;
}

Result<AuditVerification> AuditLog::verify() {
  auto stmt = db_.prepare(std::string("SELECT ") + kAuditColumns + " FROM audit ORDER BY seq");
  if (!stmt) return tl::unexpected(stmt.error());
  AuditChainCheck check;
  for (;;) {
    auto row = stmt->step();
    if (!row) return tl::unexpected(row.error());
    if (!*row) break;
    check.add(read_entry(*stmt));
  }
  return check.result();
}

}  // namespace kycx::store
