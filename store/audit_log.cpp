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
  e.mac = s.text(12);
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
  auto last = db_.prepare("SELECT seq, hash, mac FROM audit ORDER BY seq DESC LIMIT 1");
  if (!last) return tl::unexpected(last.error());
  auto row = last->step();
  if (!row) return tl::unexpected(row.error());
  entry.seq = *row ? last->integer(0) + 1 : 1;
  entry.prev_hash = *row ? last->text(1) : "";
  const std::string prev_mac = *row ? last->text(2) : "";
  if (entry.at.empty()) entry.at = now_iso8601_utc();
  entry.hash = entry.computed_hash();
  auto key = AuditKey::current(/*create=*/true);
  if (!key) return tl::unexpected(key.error());
  entry.mac = entry_mac(**key, prev_mac, entry.hash);
  auto insert =
      db_.prepare(std::string("INSERT INTO audit (") + kAuditColumns + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
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
      .bind(12, entry.hash)
      .bind(13, entry.mac);
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

AuditChainCheck::AuditChainCheck(const AuditKey* key, std::vector<Checkpoint> checkpoints) : key_(key) {
  for (auto& c : checkpoints) expected_heads_[c.records] = std::move(c.head_mac);
  verification_.checkpoints = static_cast<std::int64_t>(checkpoints.size());
}

void AuditChainCheck::broken(std::int64_t seq, std::string problem) {
  verification_.intact = false;
  verification_.first_bad_seq = seq;
  verification_.problem = std::move(problem);
}

void AuditChainCheck::add(const AuditEntry& e) {
  AuditVerification& v = verification_;
  ++v.records;
  if (e.mac.empty()) ++v.without_mac;
  if (!v.intact) return;
  if (e.seq != expected_seq_) {
    broken(expected_seq_,
           "entry " + std::to_string(expected_seq_) + " is missing (the chain jumps to " + std::to_string(e.seq) + ")");
  } else if (e.prev_hash != prev_hash_) {
    broken(e.seq, "entry does not point at the hash of the entry before it");
  } else if (e.computed_hash() != e.hash) {
    broken(e.seq, "entry's content does not match its hash (altered after it was written)");
  } else if (e.mac.empty() && !prev_mac_.empty()) {
    broken(e.seq, "entry has no MAC although the entries before it have (written without the audit key)");
  } else if (key_ != nullptr && !e.mac.empty() && e.mac != entry_mac(*key_, prev_mac_, e.hash)) {
    broken(e.seq, "entry's MAC does not match (rewritten or forged without the audit key)");
  } else if (auto head = expected_heads_.find(e.seq); head != expected_heads_.end() && head->second != e.mac) {
    broken(e.seq, "entry differs from the one a checkpoint recorded (the trail was rewritten from here)");
  }
  prev_hash_ = e.hash;
  if (!e.mac.empty()) prev_mac_ = e.mac;
  expected_seq_ = e.seq + 1;
}

const AuditVerification& AuditChainCheck::result() {
  if (!finished_ && verification_.intact && !expected_heads_.empty()) {
    const std::int64_t longest = expected_heads_.rbegin()->first;
    if (longest > verification_.records) {
      broken(verification_.records + 1, "a checkpoint recorded " + std::to_string(longest) +
                                            " entries but the trail holds " + std::to_string(verification_.records) +
                                            ": entries were removed from its end");
    }
  }
  finished_ = true;
  return verification_;
}

Result<void> seal_audit(const std::string& location, std::int64_t records, const std::string& head_mac) {
  if (records == 0 || head_mac.empty()) return {};
  auto key = AuditKey::current(/*create=*/true);
  if (!key) return tl::unexpected(key.error());
  return write_checkpoint(**key, checkpoint_path(location), records, head_mac);
}

Result<void> AuditLog::seal() {
  auto last = db_.prepare("SELECT seq, mac FROM audit ORDER BY seq DESC LIMIT 1");
  if (!last) return tl::unexpected(last.error());
  auto row = last->step();
  if (!row) return tl::unexpected(row.error());
  if (!*row) return {};
  return seal_audit(db_.path().string(), last->integer(0), last->text(1));
}

Result<AuditVerification> AuditLog::verify() {
  auto key = AuditKey::current(/*create=*/false);
  if (!key) return tl::unexpected(key.error());
  auto checkpoints = read_checkpoints(**key, checkpoint_path(db_.path().string()));
  if (!checkpoints) return tl::unexpected(checkpoints.error());
  auto stmt = db_.prepare(std::string("SELECT ") + kAuditColumns + " FROM audit ORDER BY seq");
  if (!stmt) return tl::unexpected(stmt.error());
  AuditChainCheck check(*key, std::move(*checkpoints));
  for (;;) {
    auto row = stmt->step();
    if (!row) return tl::unexpected(row.error());
    if (!*row) break;
    check.add(read_entry(*stmt));
  }
  return check.result();
}

}  // namespace kycx::store
