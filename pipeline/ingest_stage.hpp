// Stage 1: read the file (bounded, no symlinks), hash it, sniff its type and
// open it. A failure rejects the job; the job flows on either way.
#pragma once

#include "ingest/ingest_limits.hpp"
#include "pipeline/document_job.hpp"

namespace kycx::pipeline {

class IngestStage {
 public:
  explicit IngestStage(const ingest::IngestLimits& limits) : limits_(limits) {}
  void operator()(DocumentJob& job) const;

 private:
  ingest::IngestLimits limits_;
};

}  // namespace kycx::pipeline
