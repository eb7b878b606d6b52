// The flags, KYCX_* environment variables and config-file keys that configure
// the pipeline, shared by every command that runs it.
#pragma once

#include <CLI/CLI.hpp>

#include "pipeline/pipeline_options.hpp"

namespace kycx::apps {

struct PipelineFlags {
  pipeline::PipelineOptions options;
  double max_file_mib = 64;  // MiB per input file
  double max_page_megapixels = 60;
  double max_ocr_megapixels = ocr::PreprocessOptions{}.max_ocr_pixels / 1e6;
  double ocr_megapixels_at_once = pipeline::PipelineOptions{}.max_ocr_pixels_at_once / 1e6;
  bool stats = false;  // print per-stage timings to stderr
  bool binarize = false;
  bool no_orientation = false;
  std::string split = "auto";     // auto: split packets into their documents; off: one document per file
  std::string review_thresholds;  // "w2.wages=0.95,surname=0.9"
  std::string confidence_model;   // a model file from `kycx calibrate`; empty: the built-in one
  double review_threshold = -1;   // replaces every schema threshold when in [0, 1]
  std::string llm_api_key_file;   // first line is the LLM API key (beats KYCX_LLM_API_KEY)
  std::string schemas_dir;        // extra *.schema.json document types; empty: built-in only

  // Registers the flags on `app` (global options, usable after any sub-command).
  void add_to(CLI::App& app);
  void add_llm_to(CLI::App& app);
  // Folds the convenience units into `options`; call after parsing.
  // Fails on a malformed threshold list, unusable LLM settings or schemas.
  Result<pipeline::PipelineOptions> resolved() const;
};

}  // namespace kycx::apps
