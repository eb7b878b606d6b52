// Media types sniffed from a file's first bytes; the name is never trusted.
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace kycx::ingest {

enum class MediaType { kPdf, kPng, kJpeg, kTiff, kUnknown };

MediaType sniff_media_type(std::string_view bytes);
// "application/pdf", "image/png", ...; "application/octet-stream" for kUnknown.
std::string_view mime_type(MediaType type);
// For an unsupported file: what the bytes look like, for an ops person
// ("an empty file", "plain text", "a ZIP archive (e.g. a .docx)").
std::string describe_unsupported(std::string_view bytes);

}  // namespace kycx::ingest
