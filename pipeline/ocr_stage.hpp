// Stage: OCR one prepared page with a pooled Tesseract engine; keep the
// upright image for short documents (extractors read MRZ and barcodes from it).
#pragma once

#include "pipeline/ocr_workers.hpp"
#include "pipeline/page_task.hpp"

namespace kycx::pipeline {

class OcrStage {
 public:
  OcrStage(OcrWorkers& workers, int keep_images_max_pages)
      : workers_(workers), keep_images_max_pages_(keep_images_max_pages) {}
  void operator()(PageTask& task) const;

 private:
  void read(PageTask& task) const;
  OcrWorkers& workers_;
  int keep_images_max_pages_;
};

}  // namespace kycx::pipeline
