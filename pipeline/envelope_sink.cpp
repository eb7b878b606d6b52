#include "pipeline/envelope_sink.hpp"

#include "core/atomic_file.hpp"
#include "core/sha256.hpp"

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

std::string OutboxSink::relative_name(const std::string& relative_path) {
  constexpr size_t kNameMax = 255;  // bytes per name on Linux file systems
  const size_t slash = relative_path.rfind('/');
  const size_t start = slash == std::string::npos ? 0 : slash + 1;
  const std::string name = relative_path.substr(start) + ".json";
  if (name.size() <= kNameMax) return relative_path + ".json";
  const std::string tag = "~" + sha256_hex(relative_path.substr(start)).substr(0, 16) + ".json";
  size_t keep = kNameMax - tag.size();
  // Cut at a character boundary: never inside a UTF-8 sequence.
  while (keep > 0 && (static_cast<unsigned char>(relative_path[start + keep]) & 0xC0) == 0x80) --keep;
  return relative_path.substr(0, start + keep) + tag;
}

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
