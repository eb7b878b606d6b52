// PNG to 8-bit grey, straight to memory. The plain kind of PNG that scanners
// and generators write is decoded in one pass with libdeflate; every other
// PNG goes through libpng's simplified reader. Both give the same pixels.
// Thread-safe: no shared state beyond constant tables.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include <opencv2/core.hpp>

#include "core/error.hpp"

namespace kycx::ingest {

// Any PNG libpng reads, as grey: colour by libpng's sRGB luminance,
// transparency laid over white paper. A damaged or truncated file is a
// kCorruptFile error.
// REQUIRES: the image's declared size is within the caller's pixel limit
// (ImageReader checks it from the header); the grey image is allocated whole.
Result<cv::Mat> decode_png_gray(const std::string& bytes);

// Filtered rows are inflated whole only up to this size (a 300 DPI A4 page
// in RGB is 26 MB); a larger image streams through libpng row by row, so
// memory per page stays near the output's size.
inline constexpr size_t kMaxInflatedBytes = size_t{64} << 20;

// The fast path alone. It takes a PNG that is 8-bit grey or RGB or 1-bit
// black and white, not interlaced, with no transparency or colour-space
// chunk, whose chunk checksums and compressed data are intact and whose rows
// fit in `max_inflated_bytes`; it returns nullopt for anything else (libpng
// then decides, and words any error). Its pixels equal libpng's.
std::optional<cv::Mat> decode_plain_png(const std::string& bytes, size_t max_inflated_bytes = kMaxInflatedBytes);

}  // namespace kycx::ingest
