// One page of a document travelling through preprocess and OCR. Owned by one
// stage at a time.
#pragma once

#include <memory>
#include <optional>

#include "ingest/document_reader.hpp"
#include "ocr/preprocessor.hpp"
#include "pipeline/document_job.hpp"

namespace kycx::pipeline {

struct PageTask {
  JobPtr job;
  int index = 0;                              // 0-based page index
  PageInfo info;                              // of the original page
  std::optional<ocr::PreparedPage> prepared;  // set when the page needs OCR
};

using PageTaskPtr = std::shared_ptr<PageTask>;

}  // namespace kycx::pipeline
