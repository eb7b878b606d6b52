// Stages after the pages are joined: classify, extract, validate, finish.
// Each is a callable on one whole job; a rejected job passes through.
#pragma once

#include <memory>

#include "pipeline/document_job.hpp"
#include "pipeline/ocr_workers.hpp"
#include "schemas/schema_registry.hpp"
#include "validators/review_policy.hpp"
#include "validators/validation_options.hpp"

namespace kycx::pipeline {

class ClassifyStage {
 public:
  void operator()(DocumentJob& job) const;
};

class ExtractStage {
 public:
  explicit ExtractStage(OcrWorkers& workers) : workers_(workers) {}
  void operator()(DocumentJob& job) const;

 private:
  OcrWorkers& workers_;
};

class ValidateStage {
 public:
  // A null registry means the built-in document types.
  ValidateStage(const validators::ValidationOptions& validation, const validators::ReviewOptions& review,
                std::shared_ptr<const schemas::SchemaRegistry> registry = nullptr)
      : validation_(validation), review_(review), registry_(std::move(registry)) {}
  void operator()(DocumentJob& job) const;

 private:
  validators::ValidationOptions validation_;
  validators::ReviewOptions review_;
  std::shared_ptr<const schemas::SchemaRegistry> registry_;
};

// Completes provenance and page info, decides nothing; drops page images and
// the reader so a finished job holds only its envelope.
class FinishStage {
 public:
  void operator()(DocumentJob& job) const;
};

}  // namespace kycx::pipeline
