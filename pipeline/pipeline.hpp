// The document pipeline: a oneTBB flow graph from file to envelope.
//   source -> limiter -> ingest -> split pages -> preprocess -> OCR -> join
//          -> documents (a packet: one job per document) -> classify -> extract
//          -> llm -> validate -> finish -> gather (a packet's documents) -> [sequencer] -> write
// A Pipeline owns its OCR engines; run() may be called repeatedly, but not
// concurrently.
#pragma once

#include <functional>
#include <memory>

#include "core/error.hpp"
#include "llm/llm_extractor.hpp"
#include "pipeline/envelope_sink.hpp"
#include "pipeline/job_source.hpp"
#include "pipeline/ocr_workers.hpp"
#include "pipeline/pipeline_options.hpp"
#include "pipeline/run_stats.hpp"

namespace kycx::pipeline {

// Called by the writer after each envelope is written (one thread at a time).
using EnvelopeObserver = std::function<void(const Envelope&, const RunStats&)>;

class Pipeline {
 public:
  // Loads one Tesseract engine per worker and, when an LLM endpoint is
  // configured, checks its settings; fails when OCR data is missing or the
  // LLM settings are unusable.
  static Result<std::unique_ptr<Pipeline>> create(const PipelineOptions& options);

  // Processes every input of `source`; each input yields exactly one write
  // to `sink`, whatever happens to it: one envelope, or a packet's envelopes.
  RunStats run(JobSource& source, EnvelopeSink& sink, const EnvelopeObserver& observer = {});

  const PipelineOptions& options() const { return options_; }

  Pipeline(const PipelineOptions& options, std::unique_ptr<OcrWorkers> workers,
           std::shared_ptr<llm::LlmExtractor> llm = nullptr)
      : options_(options), workers_(std::move(workers)), llm_(std::move(llm)) {}

 private:
  PipelineOptions options_;
  std::unique_ptr<OcrWorkers> workers_;
  std::shared_ptr<llm::LlmExtractor> llm_;  // null when no endpoint is configured
};

}  // namespace kycx::pipeline
