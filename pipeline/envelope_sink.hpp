// Where finished envelopes go: stdout (JSON or JSON Lines) or an outbox
// folder. Called from one thread at a time (the graph's serial writer).
#pragma once

#include <filesystem>
#include <ostream>

#include "core/envelope.hpp"
#include "core/error.hpp"

namespace kycx::pipeline {

class EnvelopeSink {
 public:
  virtual ~EnvelopeSink() = default;
  virtual Result<void> write(const Envelope& envelope) = 0;
};

// One JSON object per line; or, for a single document, one indented object.
class StreamSink final : public EnvelopeSink {
 public:
  StreamSink(std::ostream& out, bool pretty) : out_(out), pretty_(pretty) {}
  Result<void> write(const Envelope& envelope) override;

 private:
  std::ostream& out_;
  bool pretty_;
};

// OUTBOX/<relative_path>.json, written atomically (contract section 3).
class OutboxSink final : public EnvelopeSink {
 public:
  explicit OutboxSink(std::filesystem::path outbox) : outbox_(std::move(outbox)) {}
  Result<void> write(const Envelope& envelope) override;
  // The envelope path for an input's relative path.
  std::filesystem::path path_for(const std::string& relative_path) const;

 private:
  std::filesystem::path outbox_;
};

}  // namespace kycx::pipeline
