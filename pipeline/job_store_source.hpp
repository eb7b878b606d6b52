// A JobSource over the job store: next() blocks until a job is claimed and
// returns its file. Reused results and quarantined jobs are delivered here
// without running the pipeline. Called from one thread at a time.
#pragma once

#include <filesystem>

#include "pipeline/job_source.hpp"
#include "pipeline/watch_queue.hpp"
#include "pipeline/watch_result_sink.hpp"

namespace kycx::pipeline {

class JobStoreSource final : public JobSource {
 public:
  JobStoreSource(WatchQueue& queue, WatchResultSink& sink, std::filesystem::path inbox)
      : queue_(queue), sink_(sink), inbox_(std::move(inbox)) {}

  // nullopt once the queue stops (drain) or runs empty in until-idle mode.
  std::optional<DocumentInput> next() override;

 private:
  WatchQueue& queue_;
  WatchResultSink& sink_;
  std::filesystem::path inbox_;
};

}  // namespace kycx::pipeline
