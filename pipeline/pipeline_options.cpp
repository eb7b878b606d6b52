#include "pipeline/pipeline_options.hpp"

#include <algorithm>
#include <thread>

namespace kycx::pipeline {

int PipelineOptions::resolved_workers() const {
  if (workers > 0) return workers;
  return std::max(1u, std::thread::hardware_concurrency());
}

int PipelineOptions::resolved_in_flight() const {
  if (max_documents_in_flight > 0) return max_documents_in_flight;
  return resolved_workers() + 1;  // one ahead keeps the workers busy; more only holds images (measured)
}

}  // namespace kycx::pipeline
