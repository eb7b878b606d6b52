// Stage: load one page (text layer, or decode/render) and, when it needs OCR,
// make it upright, level and clean. Text-layer pages are finished here.
#pragma once

#include "ocr/preprocessor.hpp"
#include "pipeline/ocr_workers.hpp"
#include "pipeline/page_task.hpp"

namespace kycx::pipeline {

class PreprocessStage {
 public:
  PreprocessStage(const ocr::PreprocessOptions& options, OcrWorkers& workers)
      : preprocessor_(options), workers_(workers) {}
  void operator()(PageTask& task) const;

 private:
  ocr::Preprocessor preprocessor_;
  OcrWorkers& workers_;
};

}  // namespace kycx::pipeline
