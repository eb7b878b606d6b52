// The optional LLM stage, between extract and validate: asks the model for
// the document's fields (and for its type when the classifier found none),
// then merges what it proposes into the deterministic fields. A failed call
// leaves the deterministic result in place and says why in `errors`. Shares
// one extractor (client, breaker, cache) between threads: thread-safe.
#pragma once

#include <memory>

#include "llm/llm_extractor.hpp"
#include "pipeline/document_job.hpp"
#include "schemas/schema_registry.hpp"

namespace kycx::pipeline {

class LlmStage {
 public:
  // A null extractor makes a stage that does nothing (no endpoint configured).
  // A null registry means the built-in types.
  LlmStage(std::shared_ptr<llm::LlmExtractor> extractor, std::shared_ptr<const schemas::SchemaRegistry> registry);
  void operator()(DocumentJob& job) const;

 private:
  const schemas::SchemaRegistry& registry() const;

  std::shared_ptr<llm::LlmExtractor> extractor_;
  std::shared_ptr<const schemas::SchemaRegistry> registry_;
};

}  // namespace kycx::pipeline
