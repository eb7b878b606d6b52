#include "pipeline/preprocess_stage.hpp"

#include <cmath>

namespace kycx::pipeline {

void PreprocessStage::operator()(PageTask& task) const {
  DocumentJob& job = *task.job;
  if (job.rejected() || job.reject_if_expired("preprocess")) return;
  StageTimer timer(job, "preprocess");
  auto content = job.reader->load_page(task.index);
  if (!content) {
    job.reject(content.error(), "ingest");
    return;
  }
  task.info = content->info;
  if (content->text_layer) {
    job.pages[static_cast<size_t>(task.index)].text = std::move(*content->text_layer);
    return;
  }
  auto osd = workers_.lazy_orientation();
  auto prepared = preprocessor_.prepare(content->image, static_cast<int>(std::lround(content->info.dpi)), osd.get());
  if (!prepared) {
    job.reject(prepared.error(), "preprocess");
    return;
  }
  task.prepared = std::move(*prepared);
}

}  // namespace kycx::pipeline
