#include "pipeline/envelope_sink.hpp"

#include "core/atomic_file.hpp"

namespace kycx::pipeline {

Result<void> EnvelopeSink::write_packet(const std::vector<Envelope>& documents) {
  for (const Envelope& envelope : documents) {
    if (auto written = write(envelope); !written) return written;
  }
  return {};
}

Json packet_file_json(const std::vector<Envelope>& documents) {
  Json docs = Json::array();
  for (const Envelope& e : documents) docs.push_back(e.to_json());
  const Envelope* first = documents.empty() ? nullptr : &documents.front();
  return Json{{"packet",
               {{"id", first && first->packet ? first->packet->id : ""},
                {"count", documents.size()},
                {"pages", first ? first->source.page_count : 0}}},
              {"documents", std::move(docs)}};
}

Result<void> StreamSink::write_packet(const std::vector<Envelope>& documents) {
  for (const Envelope& envelope : documents) out_ << dump_json(envelope.to_json()) << '\n';
  out_.flush();
  if (!out_) return fail(ErrorCode::kIoError, "cannot write to standard output");
  return {};
}

Result<void> StreamSink::write(const Envelope& envelope) {
  out_ << dump_json(envelope.to_json(), pretty_ ? 2 : -1) << '\n';
  out_.flush();
  if (!out_) return fail(ErrorCode::kIoError, "cannot write to standard output");
  return {};
}

namespace {

std::filesystem::path absolute_or_same(const std::filesystem::path& path) {
  std::error_code ec;
  auto absolute = std::filesystem::absolute(path, ec);
  return ec ? path : absolute.lexically_normal();
}

}  // namespace

OutboxSink::OutboxSink(const std::filesystem::path& outbox) : outbox_(absolute_or_same(outbox)) {}

std::filesystem::path OutboxSink::path_for(const std::string& relative_path) const {
  return outbox_ / relative_name(relative_path);
}

Result<void> OutboxSink::write(const Envelope& envelope) {
  return write_file_atomically(path_for(envelope.source.relative_path), dump_json(envelope.to_json(), 2) + "\n");
}

Result<void> OutboxSink::write_packet(const std::vector<Envelope>& documents) {
  if (documents.empty()) return {};
  return write_file_atomically(path_for(documents.front().source.relative_path),
                               dump_json(packet_file_json(documents), 2) + "\n");
}

}  // namespace kycx::pipeline
