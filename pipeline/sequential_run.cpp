#include "pipeline/sequential_run.hpp"

#include "pipeline/document_stages.hpp"
#include "pipeline/ingest_stage.hpp"
#include "pipeline/llm_stage.hpp"
#include "pipeline/ocr_stage.hpp"
#include "pipeline/page_task.hpp"
#include "pipeline/preprocess_stage.hpp"

namespace kycx::pipeline {

JobPtr run_sequentially(const DocumentInput& input, const PipelineOptions& options, OcrWorkers& workers,
                        StopAfter stop) {
  auto job = std::make_shared<DocumentJob>(input, 0, options.max_seconds_per_document);
  IngestStage{options.limits}(*job);
  if (!job->rejected()) {
    const PreprocessStage preprocess(options.preprocess, workers);
    OcrPixelBudget budget(0);  // one page at a time
    const OcrStage ocr(workers, budget, options.keep_images_max_pages, options.preprocess);
    for (int i = 0; i < static_cast<int>(job->pages.size()); ++i) {
      PageTask task{.job = job, .index = i, .info = {}, .prepared = {}};
      preprocess(task);
      ocr(task);
    }
  }
  if (stop == StopAfter::kOcr) return job;
  ClassifyStage{}(*job);
  ExtractStage{workers}(*job);
  if (options.llm.enabled()) {
    auto llm = llm::LlmExtractor::create(options.llm);
    if (llm) LlmStage{std::move(*llm), options.schemas}(*job);
  }
  ValidateStage{options.validation, options.review, options.schemas}(*job);
  FinishStage{}(*job);
  return job;
}

}  // namespace kycx::pipeline
