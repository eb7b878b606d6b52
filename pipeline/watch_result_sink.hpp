// Delivers a claimed job's envelope: checks the lease is still held, writes
// OUTBOX/<path>.json atomically, then finishes the job in the store — result,
// audit entry and review item in one transaction, fenced by the attempt — and
// applies the source policy. A crash anywhere in between leaves the job to be
// done again; the rewrite of the same envelope is idempotent. Called from the
// graph's writer and from the job source (reused and quarantined jobs), never
// for the same path at once; thread-safe otherwise.
#pragma once

#include <atomic>

#include "pipeline/envelope_sink.hpp"
#include "pipeline/watch_log.hpp"
#include "pipeline/watch_queue.hpp"
#include "pipeline/watch_source_policy.hpp"

namespace kycx::pipeline {

class WatchResultSink final : public EnvelopeSink {
 public:
  WatchResultSink(WatchQueue& queue, OutboxSink& outbox, SourceDisposal& disposal, JobLog& log)
      : queue_(queue), outbox_(outbox), disposal_(disposal), log_(log) {}

  // An envelope from the pipeline, for the job held under its relative path.
  Result<void> write(const Envelope& envelope) override;
  // A packet's documents: one outbox file, one job finished, each document
  // on the audit trail and, when it needs review, in the queue.
  Result<void> write_packet(const std::vector<Envelope>& documents) override;
  // The same bytes were extracted before: the stored envelope, under this name.
  void write_reused(const store::Claim& claim);
  // The job's attempts ran out (its worker died each time): a rejected envelope.
  void write_quarantined(const store::Claim& claim);

  int rejected() const { return rejected_; }
  int delivered() const { return delivered_; }

 private:
  Result<void> deliver(const store::Job& job, const std::vector<Envelope>& documents, const std::string& action);

  WatchQueue& queue_;
  OutboxSink& outbox_;
  SourceDisposal& disposal_;
  JobLog& log_;
  std::atomic<int> rejected_{0};
  std::atomic<int> delivered_{0};
};

}  // namespace kycx::pipeline
