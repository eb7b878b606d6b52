#include "pipeline/document_job.hpp"

#include <algorithm>

#include "core/time_util.hpp"
#include "ocr/tesseract_engine.hpp"

namespace kycx::pipeline {

DocumentJob::DocumentJob(DocumentInput in, std::uint64_t seq, double max_seconds)
    : input(std::move(in)),
      sequence(seq),
      started(std::chrono::steady_clock::now()),
      started_wall(std::chrono::system_clock::now()),
      deadline(started + std::chrono::milliseconds(static_cast<long long>(max_seconds * 1000))),
      max_seconds_(max_seconds) {}

DocumentJob::DocumentJob(const std::shared_ptr<DocumentJob>& file, int first, int last, int index, int count)
    : input(file->input),
      sequence(file->sequence),
      started(file->started),
      started_wall(file->started_wall),
      deadline(file->deadline),
      reader(file->reader),
      envelope(file->envelope),
      file_job(file),
      page_offset(first),
      max_seconds_(file->max_seconds_) {
  for (int i = first; i <= last; ++i) {
    pages.push_back(std::move(file->pages[static_cast<size_t>(i)]));
    pages.back().text.info.page = i - first + 1;
  }
  envelope.document_id = file->envelope.document_id + ":" + std::to_string(index);
  envelope.packet = PacketRef{file->envelope.document_id, index, count, first + 1, last + 1};
  const double share = double(last - first + 1) / double(std::max<size_t>(1, file->pages.size()));
  for (const auto& [stage, ms] : file->stage_times()) stage_ms_[stage] = ms * share;
}

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

StageTimer::StageTimer(DocumentJob& job, std::string stage)
    : job_(job),
      stage_(std::move(stage)),
      start_(std::chrono::steady_clock::now()),
      loading_ms_at_start_(ocr::model_loading_ms_on_this_thread()) {}

StageTimer::~StageTimer() {
  const double elapsed = elapsed_ms(start_);
  const double loading = ocr::model_loading_ms_on_this_thread() - loading_ms_at_start_;
  if (loading > 0) job_.add_stage_time("load_models", loading);
  job_.add_stage_time(stage_, std::max(0.0, elapsed - loading));
}

}  // namespace kycx::pipeline
