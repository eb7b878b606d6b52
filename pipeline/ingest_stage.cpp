#include "pipeline/ingest_stage.hpp"

#include "core/sha256.hpp"
#include "ingest/file_reader.hpp"

namespace kycx::pipeline {

void IngestStage::operator()(DocumentJob& job) const {
  StageTimer timer(job, "ingest");
  Envelope& env = job.envelope;
  env.source.file_name = job.input.path.filename().string();
  env.source.relative_path = job.input.relative_path;

  auto bytes = ingest::read_file_bounded(job.input.path, limits_.max_file_bytes);
  if (!bytes) {
    job.reject(bytes.error(), "ingest");
    return;
  }
  auto shared = std::make_shared<const std::string>(std::move(*bytes));
  env.document_id = sha256_hex(*shared);
  env.source.bytes = shared->size();
  env.source.media_type = std::string(ingest::mime_type(ingest::sniff_media_type(*shared)));

  auto reader = ingest::open_document(std::move(shared), limits_);
  if (!reader) {
    job.reject(reader.error(), "ingest");
    return;
  }
  job.reader = std::move(*reader);
  const int n = job.reader->page_count();
  env.source.page_count = n;
  job.pages.resize(static_cast<size_t>(n));
  job.pages_remaining = n;
}

}  // namespace kycx::pipeline
