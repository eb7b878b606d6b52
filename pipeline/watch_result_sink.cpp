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

}  // namespace

Result<void> WatchResultSink::write(const Envelope& envelope) {
  const auto job = queue_.held(envelope.source.relative_path);
  if (!job) {
    // Its lease was lost while it was processed; the new holder writes it.
    log_.event("job.unheld_result", {{"document_id", envelope.document_id}});
    return {};
  }
  return deliver(*job, envelope, "extract");
}

void WatchResultSink::write_reused(const store::Claim& claim) {
  auto envelope = Envelope::from_json(Json::parse(claim.stored_envelope.value_or(""), nullptr, false));
  if (!envelope) {
    queue_.release(claim.job, "the stored result is unreadable: " + envelope.error().message);
    return;
  }
  envelope->source.file_name = std::filesystem::path(claim.job.relative_path).filename().string();
  envelope->source.relative_path = claim.job.relative_path;
  (void)deliver(claim.job, *envelope, "reuse");
}

void WatchResultSink::write_quarantined(const store::Claim& claim) {
  (void)deliver(claim.job, quarantine_envelope(claim.job), "quarantine");
}

Result<void> WatchResultSink::deliver(const store::Job& job, const Envelope& envelope, const std::string& action) {
  if (!queue_.still_held(job)) {
    log_.job("job.lease_lost", job);
    queue_.drop(job);
    return {};
  }
  if (auto written = outbox_.write(envelope); !written) {
    log_.job("job.write_failed", job, {{"error", to_string(written.error().code)}});
    queue_.release(job, written.error().message);
    queue_.drop(job);
    return written;
  }
  const bool rejected = envelope.status == DocumentStatus::kRejected;
  store::JobOutcome outcome;
  outcome.state = rejected ? store::JobState::kRejected : store::JobState::kDone;
  outcome.document_id = envelope.document_id;
  outcome.status = std::string(to_string(envelope.status));
  if (!envelope.document_id.empty()) outcome.envelope_json = envelope.to_json().dump();
  store::AuditEntry audit;
  audit.actor = "kycx";
  audit.action = action;
  audit.document_id = envelope.document_id;
  audit.details = extraction_details(envelope);
  audit.details["job"] = job.id;
  audit.details["attempt"] = job.attempts;
  outcome.audit = std::move(audit);
  if (action == "extract" && envelope.status == DocumentStatus::kNeedsReview) {
    outcome.review = envelope;
    outcome.envelope_path = outbox_.path_for(envelope.source.relative_path).string();
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
  if (!envelope.document_id.empty() && envelope.document_id != job.content_hash) fields["bytes_changed"] = true;
  if (envelope.provenance.duration_ms > 0 && action == "extract")
    fields["duration_ms"] = envelope.provenance.duration_ms;
  if (rejected && !envelope.errors.empty()) fields["error"] = envelope.errors.front().code;
  log_.job(rejected ? "job.rejected" : "job.done", job, std::move(fields));
  if (rejected) ++rejected_;
  ++delivered_;
  disposal_.after_finish(job);
  return {};
}

}  // namespace kycx::pipeline
