#include "pipeline/envelope_sink.hpp"

#include "core/atomic_file.hpp"

namespace kycx::pipeline {

Result<void> StreamSink::write(const Envelope& envelope) {
  out_ << envelope.to_json().dump(pretty_ ? 2 : -1) << '\n';
  out_.flush();
  if (!out_) return fail(ErrorCode::kIoError, "cannot write to standard output");
  return {};
}

std::filesystem::path OutboxSink::path_for(const std::string& relative_path) const {
  return outbox_ / (relative_path + ".json");
}

Result<void> OutboxSink::write(const Envelope& envelope) {
  return write_file_atomically(path_for(envelope.source.relative_path), envelope.to_json().dump(2) + "\n");
}

}  // namespace kycx::pipeline
