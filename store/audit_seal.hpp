// What makes the audit trail tamper-evident against someone who can write the
// store itself (its file, or its database as the application's role):
//  - a key kept outside the store (a file only kycx's user reads; default
//    ~/.config/kycx/audit.key, or KYCX_AUDIT_KEY), created on first use;
//  - each entry's MAC: HMAC-SHA256 under that key over the previous MAC and
//    the entry's hash, so rewriting rows and recomputing the hashes, or
//    appending a forged entry, needs the key;
//  - checkpoints: after each commit, the chain's length and head MAC, each
//    MAC'd and chained, appended to a file outside the store (default
//    STORE.checkpoints beside a SQLite file, ~/.local/state/kycx/ for
//    PostgreSQL, or KYCX_AUDIT_CHECKPOINTS; put it on append-only or remote
//    storage), so truncating the tail or deleting every row is found.
// The key is loaded once per path and is then immutable: thread-safe.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace kycx::store {

class AuditKey {
 public:
  // The key at KYCX_AUDIT_KEY or the default path. `create`: make a new
  // random key there (0600) when there is none (writers do; verify does not).
  static Result<const AuditKey*> current(bool create);
  static std::filesystem::path default_path();

  // HMAC-SHA256 of `data`, hex.
  std::string mac(std::string_view data) const;
  const std::filesystem::path& path() const { return path_; }

 private:
  AuditKey(std::filesystem::path path, std::string secret) : path_(std::move(path)), secret_(std::move(secret)) {}
  std::filesystem::path path_;
  std::string secret_;
};

// The MAC of an entry whose hash is `hash`, after the entry whose MAC was `prev_mac`.
std::string entry_mac(const AuditKey& key, std::string_view prev_mac, std::string_view hash);

// Where the checkpoints of the store at `location` (a SQLite path or a
// postgresql:// URL) are kept.
std::filesystem::path checkpoint_path(const std::string& location);

struct Checkpoint {
  std::string at;
  std::int64_t records = 0;  // the chain's length when it was written
  std::string head_mac;      // the MAC of entry `records`
  std::string mac;           // over the previous checkpoint's mac and the above
};

// Appends a checkpoint (records, head_mac) to `file`, opened O_APPEND and
// flushed to disk. Chained to the file's last line, which other processes
// cannot change meanwhile (an advisory lock on the file).
// REQUIRES: calls within one process are serialised (the lock is the
// process's: it does not exclude this process's other threads).
Result<void> write_checkpoint(const AuditKey& key, const std::filesystem::path& file, std::int64_t records,
                              const std::string& head_mac);

// Reads and checks the checkpoints in `file` (none if it does not exist):
// kCorruptFile, naming the line, when one was altered, removed or forged.
Result<std::vector<Checkpoint>> read_checkpoints(const AuditKey& key, const std::filesystem::path& file);

}  // namespace kycx::store
