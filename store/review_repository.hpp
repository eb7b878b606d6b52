// The review queue: envelopes that need a person, as stored rows with a
// revision number for optimistic concurrency. Uses the caller's connection;
// not thread-safe.
#pragma once

#include <cstdint>
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
  std::string envelope_path;  // the outbox file to rewrite after review; empty if none
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
  // reviewer already touched is left as it is.
  Result<void> enqueue(const Envelope& envelope, const std::string& envelope_path);

  // By full document id, a unique id prefix (8+ hex digits) or relative path.
  Result<std::optional<ReviewDocument>> find(const std::string& key);
  // Documents with the given status ("" for all), oldest first.
  Result<std::vector<ReviewDocument>> list(const std::string& status);
  // Stores `doc` if its revision is still `doc.revision`; bumps it. A
  // concurrent change makes this fail with kConflict (re-read and retry).
  Result<void> update(ReviewDocument& doc);

 private:
  SqliteDatabase& db_;
};

}  // namespace kycx::store
