#include "ingest/media_type.hpp"

#include <algorithm>

namespace kycx::ingest {

namespace {

bool starts_with(std::string_view bytes, std::string_view prefix) {
  return bytes.substr(0, prefix.size()) == prefix;
}

// The PDF header may follow a little junk (spec: within the first 1024 bytes).
bool looks_like_pdf(std::string_view bytes) {
  return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

bool looks_like_text(std::string_view bytes) {
  const auto sample = bytes.substr(0, 4096);
  const auto printable = std::count_if(sample.begin(), sample.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x20 || c == '\n' || c == '\r' || c == '\t';
  });
  return !sample.empty() && printable == static_cast<long>(sample.size());
}

}  // namespace

MediaType sniff_media_type(std::string_view bytes) {
  if (starts_with(bytes, "\x89PNG\r\n\x1a\n")) return MediaType::kPng;
  if (starts_with(bytes, "\xFF\xD8\xFF")) return MediaType::kJpeg;
  if (starts_with(bytes, std::string_view("II*\0", 4)) || starts_with(bytes, std::string_view("MM\0*", 4)) ||
      starts_with(bytes, std::string_view("II+\0", 4)) || starts_with(bytes, std::string_view("MM\0+", 4))) {
    return MediaType::kTiff;
  }
  if (looks_like_pdf(bytes)) return MediaType::kPdf;
  return MediaType::kUnknown;
}

std::string_view mime_type(MediaType type) {
  switch (type) {
    case MediaType::kPdf: return "application/pdf";
    case MediaType::kPng: return "image/png";
    case MediaType::kJpeg: return "image/jpeg";
    case MediaType::kTiff: return "image/tiff";
    case MediaType::kUnknown: return "application/octet-stream";
  }
  return "application/octet-stream";
}

std::string describe_unsupported(std::string_view bytes) {
  if (bytes.empty()) return "an empty file (0 bytes)";
  if (starts_with(bytes, "GIF8")) return "a GIF image";
  if (starts_with(bytes, "BM")) return "a BMP image";
  if (starts_with(bytes, "RIFF") && bytes.substr(8, 4) == "WEBP") return "a WebP image";
  if (bytes.size() > 12 && bytes.substr(4, 4) == "ftyp") return "an HEIC/MP4 container";
  if (starts_with(bytes, "PK\x03\x04")) return "a ZIP archive (for example a .docx or .xlsx)";
  if (starts_with(bytes, "\xD0\xCF\x11\xE0")) return "a legacy Microsoft Office file";
  if (looks_like_text(bytes)) return "plain text";
  return "unrecognised binary data";
}

}  // namespace kycx::ingest
