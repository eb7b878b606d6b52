#include "pipeline/ocr_stage.hpp"

#include "core/free_memory.hpp"
#include "ocr/page_ocr.hpp"

namespace kycx::pipeline {

void OcrStage::operator()(PageTask& task) const {
  read(task);
  // Tesseract's buffers for a page are ~10 bytes a pixel; glibc keeps the
  // freed pages in each thread's arena. Handing them back after every page
  // keeps the peak at two pages' worth (measured: 508 -> 430 MiB over 100
  // mixed documents, ~1% more CPU).
  return_free_memory_to_system();
}

void OcrStage::read(PageTask& task) const {
  DocumentJob& job = *task.job;
  if (!task.prepared) return;  // text layer page, or failed earlier
  if (job.rejected() || job.reject_if_expired("ocr")) {
    task.prepared.reset();
    return;
  }
  StageTimer timer(job, "ocr");
  const auto lease = budget_.acquire(task.prepared->for_ocr.total(), job.deadline);
  if (!lease) {
    job.reject_if_expired("ocr");
    task.prepared.reset();
    return;
  }
  auto engine = workers_.text_engine();
  ocr::RecognizeOptions options;
  options.deadline = job.deadline;
  // The page's OCR image goes to the engine, which frees it once Tesseract
  // has its own copy (500 documents, two runs each: 374, 387 -> 357, 372 MiB peak).
  auto reading = ocr::recognize_upright(*engine, std::move(*task.prepared), task.info, options, &preprocessor_);
  if (!reading) {
    // Tesseract stopped at the document's deadline: the same reason, worded
    // for ops, as a deadline noticed between stages.
    if (reading.error().code == ErrorCode::kTimeout && job.reject_if_expired("ocr")) {
      task.prepared.reset();
      return;
    }
    job.reject(reading.error(), "ocr");
    task.prepared.reset();
    return;
  }
  ocr::Page& page = job.pages[static_cast<size_t>(task.index)];
  page.text = std::move(reading->text);
  if (job.reader->page_count() <= keep_images_max_pages_) {
    page.image = reading->page.upright;
    page.image_transform = reading->page.upright_transform;
  }
  task.prepared.reset();
}

}  // namespace kycx::pipeline
