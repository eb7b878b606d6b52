#include "pipeline/document_job.hpp"

#include <algorithm>

#include "core/time_util.hpp"

namespace kycx::pipeline {

DocumentJob::DocumentJob(DocumentInput in, std::uint64_t seq, double max_seconds)
    : input(std::move(in)),
      sequence(seq),
      started(std::chrono::steady_clock::now()),
      started_wall(std::chrono::system_clock::now()),
      deadline(started + std::chrono::milliseconds(static_cast<long long>(max_seconds * 1000))),
      max_seconds_(max_seconds) {}

void DocumentJob::reject(const Error& error, const std::string& stage) {
  std::lock_guard lock(mutex_);
  envelope.reject(error, stage);
}

bool DocumentJob::rejected() const {
  std::lock_guard lock(mutex_);
  return envelope.status == DocumentStatus::kRejected;
}

bool DocumentJob::reject_if_expired(const std::string& stage) {
  if (!expired()) return false;
  std::lock_guard lock(mutex_);
  const bool already = std::any_of(envelope.errors.begin(), envelope.errors.end(),
                                   [](const EnvelopeError& e) { return e.code == "timeout"; });
  if (!already) {
    envelope.reject({ErrorCode::kTimeout, "processing took longer than the limit of " +
                                              std::to_string(static_cast<int>(max_seconds_)) +
                                              " seconds per document (raise --max-seconds for very long files)"},
                    stage);
  }
  return true;
}

void DocumentJob::add_stage_time(const std::string& stage, double ms) {
  std::lock_guard lock(mutex_);
  stage_ms_[stage] += ms;
}

std::map<std::string, double> DocumentJob::stage_times() const {
  std::lock_guard lock(mutex_);
  return stage_ms_;
}

StageTimer::~StageTimer() { job_.add_stage_time(stage_, elapsed_ms(start_)); }

}  // namespace kycx::pipeline
