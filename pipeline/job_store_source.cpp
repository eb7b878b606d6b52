#include "pipeline/job_store_source.hpp"

namespace kycx::pipeline {

std::optional<DocumentInput> JobStoreSource::next() {
  for (;;) {
    auto claim = queue_.wait_claim();
    if (!claim) return std::nullopt;
    if (claim->quarantined) {
      sink_.write_quarantined(*claim);
      continue;
    }
    if (claim->stored_envelope) {
      sink_.write_reused(*claim);
      continue;
    }
    queue_.hold(claim->job);
    return DocumentInput{inbox_ / claim->job.relative_path, claim->job.relative_path};
  }
}

}  // namespace kycx::pipeline
