// Stage: OCR one prepared page with a pooled Tesseract engine, once the
// pixel budget shared by all workers lets it in; keep the upright image for
// short documents (extractors read MRZ and barcodes from it).
#pragma once

#include "ocr/preprocessor.hpp"
#include "pipeline/ocr_pixel_budget.hpp"
#include "pipeline/ocr_workers.hpp"
#include "pipeline/page_task.hpp"

namespace kycx::pipeline {

class OcrStage {
 public:
  // `preprocess`: the options the page was prepared with; a second look at a
  // page turned by 180 degrees remakes its OCR image with them.
  OcrStage(OcrWorkers& workers, OcrPixelBudget& budget, int keep_images_max_pages,
           const ocr::PreprocessOptions& preprocess)
      : workers_(workers), budget_(budget), keep_images_max_pages_(keep_images_max_pages), preprocessor_(preprocess) {}
  void operator()(PageTask& task) const;

 private:
  void read(PageTask& task) const;
  OcrWorkers& workers_;
  OcrPixelBudget& budget_;
  int keep_images_max_pages_;
  ocr::Preprocessor preprocessor_;
};

}  // namespace kycx::pipeline
