// Where finished envelopes go: stdout (JSON or JSON Lines) or an outbox
// folder. Called from one thread at a time (the graph's serial writer).
#pragma once

#include <filesystem>
#include <ostream>
#include <vector>

#include "core/envelope.hpp"
#include "core/error.hpp"

namespace kycx::pipeline {

class EnvelopeSink {
 public:
  virtual ~EnvelopeSink() = default;
  virtual Result<void> write(const Envelope& envelope) = 0;
  // The documents of one file, in page order (each has `packet` set). By
  // default, each written on its own.
  virtual Result<void> write_packet(const std::vector<Envelope>& documents);
};

// What an outbox file holds for a packet (contract section 7):
// {"packet": {"id", "count", "pages"}, "documents": [envelope, ...]}.
Json packet_file_json(const std::vector<Envelope>& documents);

// One JSON object per line; or, for a single document, one indented object.
// A packet's documents are always one per line.
class StreamSink final : public EnvelopeSink {
 public:
  StreamSink(std::ostream& out, bool pretty) : out_(out), pretty_(pretty) {}
  Result<void> write(const Envelope& envelope) override;
  Result<void> write_packet(const std::vector<Envelope>& documents) override;

 private:
  std::ostream& out_;
  bool pretty_;
};

// OUTBOX/<relative_path>.json, written atomically (contract section 3); for
// a packet, one such file holding all its documents (section 7).
class OutboxSink final : public EnvelopeSink {
 public:
  explicit OutboxSink(std::filesystem::path outbox) : outbox_(std::move(outbox)) {}
  Result<void> write(const Envelope& envelope) override;
  Result<void> write_packet(const std::vector<Envelope>& documents) override;
  // The envelope path for an input's relative path.
  std::filesystem::path path_for(const std::string& relative_path) const;

 private:
  std::filesystem::path outbox_;
};

}  // namespace kycx::pipeline
