// The review queue: envelopes that need a person, as stored rows with a
// revision number for optimistic concurrency. Uses the caller's connection;
// not thread-safe.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/envelope.hpp"
#include "core/error.hpp"
#include "store/sqlite_database.hpp"

namespace kycx::store {

struct ReviewDocument {
  std::string document_id;
  std::string relative_path;
  // The outbox files to rewrite after review (absolute, or as the writer gave
  // them for rows from before outbox roots were kept); empty if none.
  std::vector<std::string> envelope_files;
  Envelope envelope;
  std::int64_t revision = 0;           // bumped by every update
  std::vector<std::string> approvals;  // fields a reviewer confirmed as read
  std::string created_at;
  std::string updated_at;
};

class ReviewRepository {
 public:
  explicit ReviewRepository(SqliteDatabase& db) : db_(db) {}

  // Adds the document, or replaces a stored one whose revision is still 1
  // (re-extraction of the same bytes before anyone reviewed it). A document a
  // reviewer already touched is left as it is. The envelope's outbox file,
  // `envelope_path` inside the absolute `outbox_root`, is added to the
  // document's files either way (none when both are empty).
  Result<void> enqueue(const Envelope& envelope, const std::string& outbox_root, const std::string& envelope_path);

  // By full document id, a unique id prefix (8+ hex digits) or relative path.
  Result<std::optional<ReviewDocument>> find(const std::string& key);
  // Documents with the given status ("" for all), oldest first.
  Result<std::vector<ReviewDocument>> list(const std::string& status);
  // Stores `doc` if its revision is still `doc.revision`; bumps it. A
  // concurrent change makes this fail with kConflict (re-read and retry).
  Result<void> update(ReviewDocument& doc);

 private:
  // Fills `doc.envelope_files` from the review_files table.
  Result<void> load_files(ReviewDocument& doc);
  SqliteDatabase& db_;
};

}  // namespace kycx::store
