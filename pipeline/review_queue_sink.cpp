#include "pipeline/review_queue_sink.hpp"

#include "core/version.hpp"
#include "schemas/schema_registry.hpp"
#include "store/audit_log.hpp"
#include "store/migrations.hpp"
#include "store/review_repository.hpp"

namespace kycx::pipeline {

Json extraction_details(const Envelope& e) {
  int passed = 0, failed = 0, skipped = 0;
  Json failed_rules = Json::array();
  for (const auto& c : e.checks) {
    if (c.result == CheckResult::kPass) ++passed;
    if (c.result == CheckResult::kSkipped) ++skipped;
    if (c.result == CheckResult::kFail) {
      ++failed;
      failed_rules.push_back(c.rule);
    }
  }
  const auto* schema = schemas::SchemaRegistry::builtin().find(e.document_type);
  Json errors = Json::array();
  for (const auto& err : e.errors) errors.push_back(err.code);
  return Json{{"status", to_string(e.status)},
              {"document_type", e.document_type},
              {"relative_path", e.source.relative_path},
              {"packet", e.packet ? to_json(*e.packet) : Json()},
              {"checks", {{"pass", passed}, {"fail", failed}, {"skipped", skipped}, {"failed", failed_rules}}},
              {"review_reasons", e.review.reasons},
              {"errors", errors},
              {"kycx_version", kVersion},
              {"schema_version", schema ? schema->version() : ""},
              {"schema_hash", schema ? schema->hash() : ""},
              {"extractors", e.provenance.extractors},
              {"llm", e.provenance.llm}};
}

std::filesystem::path default_store_path(const std::filesystem::path& outbox) {
  return outbox / ".kycx" / "kycx.sqlite";
}

Result<std::unique_ptr<ReviewQueueSink>> ReviewQueueSink::open(const std::filesystem::path& store_path,
                                                               OutboxSink& outbox) {
  auto db = store::SqliteDatabase::open(store_path);
  if (!db) return tl::unexpected(db.error());
  if (auto m = store::migrate(*db); !m) return tl::unexpected(m.error());
  return std::unique_ptr<ReviewQueueSink>(new ReviewQueueSink(std::move(*db), outbox));
}

Result<void> ReviewQueueSink::write(const Envelope& envelope) {
  if (auto written = outbox_.write(envelope); !written) return written;
  return record({envelope});
}

Result<void> ReviewQueueSink::write_packet(const std::vector<Envelope>& documents) {
  if (auto written = outbox_.write_packet(documents); !written) return written;
  return record(documents);
}

Result<void> ReviewQueueSink::record(const std::vector<Envelope>& documents) {
  auto tx = db_.begin_write();
  if (!tx) return tl::unexpected(tx.error());
  for (const Envelope& envelope : documents) {
    store::AuditEntry entry;
    entry.actor = "kycx";
    entry.action = "extract";
    entry.document_id = envelope.document_id;
    entry.details = extraction_details(envelope);
    if (auto logged = store::AuditLog(db_).append(std::move(entry)); !logged) return tl::unexpected(logged.error());
    if (envelope.status == DocumentStatus::kNeedsReview && !envelope.document_id.empty()) {
      if (auto queued = store::ReviewRepository(db_).enqueue(envelope, outbox_.root().string(),
                                                             OutboxSink::relative_name(envelope.source.relative_path));
          !queued) {
        return queued;
      }
    }
  }
  if (auto committed = tx->commit(); !committed) return committed;
  return store::AuditLog(db_).seal();
}

}  // namespace kycx::pipeline
