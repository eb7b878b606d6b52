// Decorates an outbox sink: after an envelope is written, records it in the
// store — an "extract" entry on the audit trail for every document, and the
// document in the review queue when it needs review. Called from the graph's
// serial writer only.
#pragma once

#include <filesystem>
#include <memory>

#include "pipeline/envelope_sink.hpp"
#include "store/sqlite_database.hpp"

namespace kycx::pipeline {

class ReviewQueueSink final : public EnvelopeSink {
 public:
  // Opens (and migrates) the store at `store_path`.
  static Result<std::unique_ptr<ReviewQueueSink>> open(const std::filesystem::path& store_path, OutboxSink& outbox);

  Result<void> write(const Envelope& envelope) override;
  Result<void> write_packet(const std::vector<Envelope>& documents) override;

 private:
  // The audit entry and review item of each document, in one transaction.
  Result<void> record(const std::vector<Envelope>& documents);
  ReviewQueueSink(store::SqliteDatabase db, OutboxSink& outbox) : db_(std::move(db)), outbox_(outbox) {}
  store::SqliteDatabase db_;
  OutboxSink& outbox_;
};

// What the audit trail keeps of an extraction: outcome and versions, never values.
Json extraction_details(const Envelope& envelope);

// Where batch and watch keep their store unless told otherwise.
std::filesystem::path default_store_path(const std::filesystem::path& outbox);

}  // namespace kycx::pipeline
