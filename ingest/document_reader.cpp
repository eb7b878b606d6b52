#include "ingest/document_reader.hpp"

#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-global.h>

#include "ingest/image_reader.hpp"
#include "ingest/pdf_reader.hpp"

namespace kycx::ingest {

namespace {
void ignore_poppler_message(const std::string& /*message*/, void* /*closure*/) {}
}  // namespace

void quiet_third_party_diagnostics() {
  poppler::set_debug_error_function(&ignore_poppler_message, nullptr);
  setMsgSeverity(L_SEVERITY_NONE);
}

Result<std::shared_ptr<const DocumentReader>> open_document(std::shared_ptr<const std::string> bytes,
                                                            const IngestLimits& limits) {
  const MediaType type = sniff_media_type(*bytes);
  switch (type) {
    case MediaType::kPdf: return PdfReader::open(std::move(bytes), limits);
    case MediaType::kPng:
    case MediaType::kJpeg:
    case MediaType::kTiff: return ImageReader::open(std::move(bytes), type, limits);
    case MediaType::kUnknown: break;
  }
  return fail(ErrorCode::kUnsupportedFormat,
              "the file is " + describe_unsupported(*bytes) + ", not a PDF, PNG, JPEG or TIFF document");
}

}  // namespace kycx::ingest
