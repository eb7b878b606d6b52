#include "pipeline/watch_result_sink.hpp"

#include "core/time_util.hpp"
#include "core/version.hpp"
#include "pipeline/review_queue_sink.hpp"

namespace kycx::pipeline {

namespace {

Envelope quarantine_envelope(const store::Job& job) {
  Envelope e;
  e.document_id = job.content_hash;
  e.source.file_name = std::filesystem::path(job.relative_path).filename().string();
  e.source.relative_path = job.relative_path;
  e.provenance.kycx_version = kVersion;
  e.provenance.started_at = now_iso8601_utc();
  e.reject({ErrorCode::kInternal,
            "kycx stopped " + std::to_string(job.attempts - 1) +
                " times while processing this file (a crash or a kill), so it was set aside for the other files "
                "to go on; report it with its document id"},
           "queue");
  return e;
}

// The operating system's words at the end of an I/O error ("No space left on
// device"), without the path before them: logs carry no file names.
std::string os_reason(const std::string& message) {
  const size_t colon = message.rfind(": ");
  return colon == std::string::npos ? message : message.substr(colon + 2);
}

}  // namespace

Result<void> WatchResultSink::write(const Envelope& envelope) {
  return write_packet({envelope});
}

Result<void> WatchResultSink::write_packet(const std::vector<Envelope>& documents) {
  if (documents.empty()) return {};
  const auto job = queue_.held(documents.front().source.relative_path);
  if (!job) {
    // Its lease was lost while it was processed; the new holder writes it.
    log_.event("job.unheld_result", {{"document_id", documents.front().document_id}});
    return {};
  }
  return deliver(*job, documents, "extract");
}

void WatchResultSink::write_reused(const store::Claim& claim) {
  const Json stored = Json::parse(claim.stored_envelope.value_or(""), nullptr, false);
  std::vector<Envelope> documents;
  // A packet's stored result is its outbox file: {"packet": ..., "documents": [...]}.
  const bool packet = stored.is_object() && stored.contains("documents") && stored["documents"].is_array();
  for (const Json& one : packet ? stored["documents"] : Json::array({stored})) {
    auto envelope = Envelope::from_json(one);
    if (!envelope) {
      queue_.release(claim.job, "the stored result is unreadable: " + envelope.error().message);
      return;
    }
    envelope->source.file_name = std::filesystem::path(claim.job.relative_path).filename().string();
    envelope->source.relative_path = claim.job.relative_path;
    documents.push_back(std::move(*envelope));
  }
  (void)deliver(claim.job, documents, "reuse");
}

void WatchResultSink::write_quarantined(const store::Claim& claim) {
  (void)deliver(claim.job, {quarantine_envelope(claim.job)}, "quarantine");
}

namespace {

// A file's status: the worst of its documents', where needs_review is worse
// than rejected only when some document was read at all.
DocumentStatus file_status(const std::vector<Envelope>& documents) {
  bool review = false, accepted = false;
  for (const Envelope& e : documents) {
    review = review || e.status == DocumentStatus::kNeedsReview;
    accepted = accepted || e.status == DocumentStatus::kAccepted;
  }
  if (review) return DocumentStatus::kNeedsReview;
  return accepted ? DocumentStatus::kAccepted : DocumentStatus::kRejected;
}

}  // namespace

Result<void> WatchResultSink::deliver(const store::Job& job, const std::vector<Envelope>& documents,
                                      const std::string& action) {
  if (!queue_.still_held(job)) {
    log_.job("job.lease_lost", job);
    queue_.drop(job);
    return {};
  }
  const bool packet = documents.size() > 1;
  const Envelope& first = documents.front();
  auto written = packet ? outbox_.write_packet(documents) : outbox_.write(first);
  if (!written) {
    // A full disk may clear; a folder in the way or a name the file system
    // refuses will not. Either way --max-attempts bounds the retries, and the
    // last one sets the file aside with the reason instead of looping.
    const bool last = action == "quarantine" || job.attempts >= queue_.max_attempts();
    log_.job(
        "job.write_failed", job,
        {{"error", to_string(written.error().code)}, {"reason", os_reason(written.error().message)}, {"final", last}});
    if (!last) {
      queue_.release(job, written.error().message);
      queue_.drop(job);
      return written;
    }
    store::JobOutcome outcome;
    outcome.state = store::JobState::kRejected;
    outcome.status = "rejected";
    outcome.document_id = first.document_id;
    store::AuditEntry audit;
    audit.actor = "kycx";
    audit.action = "write_failed";
    audit.document_id = first.document_id;
    audit.reason = "the envelope could not be written after " + std::to_string(job.attempts) +
                   " attempts: " + os_reason(written.error().message);
    audit.details = Json{{"job", job.id}, {"attempt", job.attempts}, {"error", to_string(written.error().code)}};
    outcome.audits.push_back(std::move(audit));
    (void)queue_.finish(job, outcome);
    queue_.drop(job);
    queue_.wake();
    ++rejected_;
    ++delivered_;  // ended: nothing more will be tried
    return written;
  }
  const DocumentStatus status = packet ? file_status(documents) : first.status;
  const bool rejected = status == DocumentStatus::kRejected;
  store::JobOutcome outcome;
  outcome.state = rejected ? store::JobState::kRejected : store::JobState::kDone;
  outcome.document_id = packet && first.packet ? first.packet->id : first.document_id;
  outcome.status = std::string(to_string(status));
  if (!outcome.document_id.empty()) {
    outcome.envelope_json = packet ? dump_json(packet_file_json(documents)) : dump_json(first.to_json());
  }
  outcome.outbox_root = outbox_.root().string();
  outcome.envelope_path = OutboxSink::relative_name(first.source.relative_path);
  for (const Envelope& envelope : documents) {
    store::AuditEntry audit;
    audit.actor = "kycx";
    audit.action = action;
    audit.document_id = envelope.document_id;
    audit.details = extraction_details(envelope);
    audit.details["job"] = job.id;
    audit.details["attempt"] = job.attempts;
    outcome.audits.push_back(std::move(audit));
    if (action == "extract" && envelope.status == DocumentStatus::kNeedsReview) outcome.reviews.push_back(envelope);
  }
  auto finished = queue_.finish(job, outcome);
  queue_.drop(job);
  queue_.wake();
  if (!finished) {
    const bool lost = finished.error().code == ErrorCode::kConflict;
    log_.job(lost ? "job.lease_lost" : "job.finish_failed", job, {{"error", to_string(finished.error().code)}});
    return {};
  }
  Json fields = {{"status", outcome.status}, {"action", action}};
  if (packet) fields["documents"] = documents.size();
  if (!outcome.document_id.empty() && outcome.document_id != job.content_hash) fields["bytes_changed"] = true;
  if (first.provenance.duration_ms > 0 && action == "extract") fields["duration_ms"] = first.provenance.duration_ms;
  if (rejected && !first.errors.empty()) fields["error"] = first.errors.front().code;
  log_.job(rejected ? "job.rejected" : "job.done", job, std::move(fields));
  if (rejected) ++rejected_;
  ++delivered_;
  disposal_.after_finish(job);
  return {};
}

}  // namespace kycx::pipeline
