// Hostile and broken inputs for the bad-input tests: each returns the bytes
// of one kind of file a real inbox receives.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "tests/support/pdf_builder.hpp"

namespace kycx::testing {

// A valid 1-page PDF with a text layer.
std::string small_text_pdf();
// A US-letter "scan" of `texts` (rendered at 150 DPI, stored as JPEG) with
// `layer` as its text layer on top (e.g. the same texts in render mode 3).
std::string scan_with_text_layer(const std::vector<PdfText>& texts, const std::vector<PdfText>& layer);
// A 1-page "scan": a JPEG inside a PDF, no text layer.
std::string scanned_pdf();
// A PDF of `pages` blank pages.
std::string blank_pages_pdf(int pages);
// A PNG whose header declares width x height (but holds almost no data).
std::string png_declaring(unsigned width, unsigned height);
// A small valid JPEG whose frame header (SOF0) is patched to declare
// width x height (at most 65535 each).
std::string jpeg_declaring(unsigned width, unsigned height);
// An uncompressed grey TIFF whose header declares width x height (but holds
// one 256-byte strip).
std::string tiff_declaring(std::uint32_t width, std::uint32_t height);
// A JPEG cut off after `keep` of its bytes, then garbage.
std::string corrupt_jpeg();
// A TIFF whose only strip uses a compression libtiff cannot decode.
std::string tiff_with_unsupported_compression();
// Encrypts a PDF with qpdf (AES-256); empty user password opens without one.
// Returns empty when qpdf is not installed.
std::string encrypt_pdf(const std::string& pdf, const std::string& user_password);

}  // namespace kycx::testing
