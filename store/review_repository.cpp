#include "store/review_repository.hpp"

#include "core/time_util.hpp"

namespace kycx::store {

namespace {

constexpr const char* kReviewColumns =
    "document_id, relative_path, envelope_path, envelope, revision, created_at, updated_at, approvals";

Result<ReviewDocument> read_row(const Statement& s) {
  ReviewDocument d;
  d.document_id = s.text(0);
  d.relative_path = s.text(1);
  // What a store from before outbox roots were kept says; load_files replaces it.
  if (!s.text(2).empty()) d.envelope_files.push_back(s.text(2));
  const Json json = Json::parse(s.text(3), nullptr, false);
  if (json.is_discarded()) {
    return fail(ErrorCode::kCorruptFile, "the stored envelope of document " + d.document_id.substr(0, 12) +
                                             " is not valid JSON; the review database is damaged");
  }
  auto envelope = Envelope::from_json(json);
  if (!envelope) return tl::unexpected(envelope.error());
  d.envelope = std::move(*envelope);
  d.revision = s.integer(4);
  d.created_at = s.text(5);
  d.updated_at = s.text(6);
  const Json approvals = Json::parse(s.text(7), nullptr, false);
  if (approvals.is_array()) {
    for (const auto& a : approvals) {
      if (a.is_string()) d.approvals.push_back(a.get<std::string>());
    }
  }
  return d;
}

bool is_hex_prefix(const std::string& key) {
  return key.size() >= 8 && key.size() <= 64 && key.find_first_not_of("0123456789abcdef") == std::string::npos;
}

}  // namespace

Result<void> ReviewRepository::enqueue(const Envelope& envelope, const std::string& outbox_root,
                                       const std::string& envelope_path) {
  const std::string now = now_iso8601_utc();
  auto stmt = db_.prepare(
      "INSERT INTO review_documents (document_id, relative_path, envelope_path, document_type, status, envelope, "
      "revision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?) "
      "ON CONFLICT(document_id) DO UPDATE SET relative_path = excluded.relative_path, "
      "envelope_path = excluded.envelope_path, document_type = excluded.document_type, status = excluded.status, "
      "envelope = excluded.envelope, updated_at = excluded.updated_at WHERE review_documents.revision = 1");
  if (!stmt) return tl::unexpected(stmt.error());
  stmt->bind(1, envelope.document_id)
      .bind(2, envelope.source.relative_path)
      .bind(3, envelope_path)
      .bind(4, envelope.document_type)
      .bind(5, std::string(to_string(envelope.status)))
      .bind(6, dump_json(envelope.to_json()))
      .bind(7, now)
      .bind(8, now);
  if (auto r = stmt->run(); !r) return r;
  if (outbox_root.empty() && envelope_path.empty()) return {};
  auto file = db_.prepare(
      "INSERT INTO review_files (document_id, outbox_root, envelope_path) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
  if (!file) return tl::unexpected(file.error());
  file->bind(1, envelope.document_id).bind(2, outbox_root).bind(3, envelope_path);
  return file->run();
}

Result<void> ReviewRepository::load_files(ReviewDocument& doc) {
  auto stmt = db_.prepare(
      "SELECT outbox_root, envelope_path FROM review_files WHERE document_id = ? ORDER BY outbox_root, envelope_path");
  if (!stmt) return {};  // a store opened read-only before its migration to version 3: keep the old column
  stmt->bind(1, doc.document_id);
  doc.envelope_files.clear();
  for (;;) {
    auto row = stmt->step();
    if (!row) return tl::unexpected(row.error());
    if (!*row) break;
    const std::string root = stmt->text(0);
    const std::string path = stmt->text(1);
    doc.envelope_files.push_back(root.empty() ? path : (std::filesystem::path(root) / path).string());
  }
  return {};
}

Result<std::optional<ReviewDocument>> ReviewRepository::find(const std::string& key) {
  // A document of a packet: "<id or prefix>:<index>".
  const size_t colon = key.find(':');
  const std::string prefix = key.substr(0, colon);
  const std::string index = colon == std::string::npos ? "" : key.substr(colon);
  const bool packet_index =
      !index.empty() && index.size() > 1 && index.find_first_not_of("0123456789", 1) == std::string::npos;
  const bool by_id = is_hex_prefix(prefix) && (colon == std::string::npos || packet_index);
  const std::string where = !by_id         ? "relative_path = ?"
                            : packet_index ? "substr(document_id, 1, ?) = ? AND substr(document_id, -?) = ?"
                                           : "substr(document_id, 1, ?) = ?";
  auto stmt =
      db_.prepare(std::string("SELECT ") + kReviewColumns + " FROM review_documents WHERE " + where + " LIMIT 2");
  if (!stmt) return tl::unexpected(stmt.error());
  if (by_id) {
    stmt->bind(1, static_cast<std::int64_t>(prefix.size())).bind(2, prefix);
    if (packet_index) stmt->bind(3, static_cast<std::int64_t>(index.size())).bind(4, index);
  } else {
    stmt->bind(1, key);
  }
  std::optional<ReviewDocument> found;
  for (int n = 0;; ++n) {
    auto row = stmt->step();
    if (!row) return tl::unexpected(row.error());
    if (!*row) break;
    if (n == 1) {
      return fail(ErrorCode::kInvalidArgument, "'" + key + "' matches several documents; give more of the id");
    }
    auto doc = read_row(*stmt);
    if (!doc) return tl::unexpected(doc.error());
    found = std::move(*doc);
  }
  if (found) {
    if (auto files = load_files(*found); !files) return tl::unexpected(files.error());
  }
  return found;
}

Result<std::vector<ReviewDocument>> ReviewRepository::list(const std::string& status) {
  auto stmt = db_.prepare(std::string("SELECT ") + kReviewColumns + " FROM review_documents" +
                          (status.empty() ? "" : " WHERE status = ?") + " ORDER BY created_at, document_id");
  if (!stmt) return tl::unexpected(stmt.error());
  if (!status.empty()) stmt->bind(1, status);
  std::vector<ReviewDocument> out;
  for (;;) {
    auto row = stmt->step();
    if (!row) return tl::unexpected(row.error());
    if (!*row) break;
    auto doc = read_row(*stmt);
    if (!doc) return tl::unexpected(doc.error());
    out.push_back(std::move(*doc));
  }
  return out;
}

Result<void> ReviewRepository::update(ReviewDocument& doc) {
  const std::string now = now_iso8601_utc();
  auto stmt = db_.prepare(
      "UPDATE review_documents SET envelope = ?, status = ?, document_type = ?, revision = revision + 1, "
      "updated_at = ?, approvals = ? WHERE document_id = ? AND revision = ?");
  if (!stmt) return tl::unexpected(stmt.error());
  stmt->bind(1, dump_json(doc.envelope.to_json()))
      .bind(2, std::string(to_string(doc.envelope.status)))
      .bind(3, doc.envelope.document_type)
      .bind(4, now)
      .bind(5, dump_json(Json(doc.approvals)))
      .bind(6, doc.document_id)
      .bind(7, doc.revision);
  if (auto r = stmt->run(); !r) return tl::unexpected(r.error());
  auto changed = db_.prepare("SELECT changes()");
  if (!changed) return tl::unexpected(changed.error());
  if (auto row = changed->step(); !row) return tl::unexpected(row.error());
  if (changed->integer(0) != 1) {
    return fail(ErrorCode::kConflict, "another reviewer changed this document meanwhile; show it again and retry");
  }
  ++doc.revision;
  doc.updated_at = now;
  return {};
}

}  // namespace kycx::store
