#include "pipeline/preprocess_stage.hpp"

#include <cmath>
#include <string>

namespace kycx::pipeline {

namespace {

// OpenCV's exception text (source file, assertion, function) helps no one
// who reads an envelope: say which page failed, in plain words.
Error image_operation_failed(const PageTask& task, const cv::Mat& image) {
  return {ErrorCode::kInternal, "page " + std::to_string(task.index + 1) + " (" + std::to_string(image.cols) + " x " +
                                    std::to_string(image.rows) +
                                    " pixels) could not be prepared for OCR: an image operation failed on it. "
                                    "This is a kycx defect; keep the file for the kycx maintainers"};
}

}  // namespace

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
  try {
    auto prepared = preprocessor_.prepare(content->image, static_cast<int>(std::lround(content->info.dpi)), osd.get());
    if (!prepared) {
      job.reject(prepared.error(), "preprocess");
      return;
    }
    task.prepared = std::move(*prepared);
  } catch (const cv::Exception&) {
    job.reject(image_operation_failed(task, content->image), "preprocess");
  }
}

}  // namespace kycx::pipeline
