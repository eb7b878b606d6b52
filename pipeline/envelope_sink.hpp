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
  // `outbox` is made absolute here, so the paths recorded for review hold
  // wherever a reviewer later runs from.
  explicit OutboxSink(const std::filesystem::path& outbox);
  Result<void> write(const Envelope& envelope) override;
  Result<void> write_packet(const std::vector<Envelope>& documents) override;
  // The envelope path for an input's relative path.
  std::filesystem::path path_for(const std::string& relative_path) const;
  // The same path inside the outbox ("a/b/file.pdf.json"). A name that would
  // pass the file system's 255 bytes with ".json" is cut and given a short
  // hash of the whole name ("a/b/<first bytes>~<16 hex>.json"), so every
  // input still gets its own envelope.
  static std::string relative_name(const std::string& relative_path);
  // The outbox's absolute root.
  const std::filesystem::path& root() const { return outbox_; }

 private:
  std::filesystem::path outbox_;
};

}  // namespace kycx::pipeline
