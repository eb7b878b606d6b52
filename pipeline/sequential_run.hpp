// Runs the pipeline's stages one after another on one document, without the
// flow graph: for tools (`kycx text`) and tests of whole documents.
// A file is one document here (no packet splitting). Uses the caller's OCR workers; not to be run concurrently with
// them busy.
#pragma once

#include "pipeline/document_job.hpp"
#include "pipeline/ocr_workers.hpp"
#include "pipeline/pipeline_options.hpp"

namespace kycx::pipeline {

enum class StopAfter { kOcr, kFinish };

// With kOcr the job keeps its pages (text and images) and the reader; with
// kFinish it holds the finished envelope, as the graph would write it.
JobPtr run_sequentially(const DocumentInput& input, const PipelineOptions& options, OcrWorkers& workers,
                        StopAfter stop = StopAfter::kFinish);

}  // namespace kycx::pipeline
