// Everything that configures a pipeline run. Plain struct; built by the CLI
// from flags, KYCX_* environment variables and the config file.
#pragma once

#include <cstddef>
#include <memory>

#include "extractors/packet_split.hpp"
#include "ingest/ingest_limits.hpp"
#include "llm/llm_options.hpp"
#include "ocr/ocr_options.hpp"
#include "ocr/preprocessor.hpp"
#include "schemas/schema_registry.hpp"
#include "validators/review_policy.hpp"
#include "validators/validation_options.hpp"

namespace kycx::pipeline {

struct PipelineOptions {
  int workers = 0;                        // OCR engines and worker threads; 0: one per core
  int max_documents_in_flight = 0;        // documents between ingest and write; 0: workers + 1
  double max_seconds_per_document = 300;  // seconds before a document is rejected as too slow
  // Pixels Tesseract reads at once across workers (~10 bytes each): a page
  // that would pass it waits for the others, so two of the largest pages
  // are not read together. 0: no bound (the default: a waiting worker
  // leaves its core idle; 28 MP took 100 mixed documents from 398 to 387
  // MiB but 17% longer).
  double max_ocr_pixels_at_once = 0;
  int keep_images_max_pages = 4;  // page images are kept for extractors only up to this many pages
  bool ordered = false;           // write envelopes in input order
  // Split a multi-page file into the documents it holds, one envelope each
  // (contract section 7); false treats every file as one document.
  bool split_packets = true;
  extractors::SplitOptions split;
  ingest::IngestLimits limits;
  ocr::PreprocessOptions preprocess;
  ocr::OcrOptions ocr;
  validators::ValidationOptions validation;
  validators::ReviewOptions review;
  llm::LlmOptions llm;                                     // the optional LLM stage; off without a base URL
  std::shared_ptr<const schemas::SchemaRegistry> schemas;  // document types; null: the built-in ones

  int resolved_workers() const;
  int resolved_in_flight() const;
};

}  // namespace kycx::pipeline
