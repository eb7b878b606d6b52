// Supplies the files a pipeline run processes. next() may block (a watched
// folder); it is called from one thread at a time.
#pragma once

#include <atomic>
#include <optional>
#include <vector>

#include "pipeline/document_job.hpp"

namespace kycx::pipeline {

class JobSource {
 public:
  virtual ~JobSource() = default;
  // The next file, or nullopt when there will be no more.
  virtual std::optional<DocumentInput> next() = 0;
};

class ListJobSource final : public JobSource {
 public:
  explicit ListJobSource(std::vector<DocumentInput> inputs) : inputs_(std::move(inputs)) {}
  std::optional<DocumentInput> next() override {
    if (next_ >= inputs_.size()) return std::nullopt;
    return inputs_[next_++];
  }
  size_t size() const { return inputs_.size(); }

 private:
  std::vector<DocumentInput> inputs_;
  size_t next_ = 0;
};

}  // namespace kycx::pipeline
