// PNG to 8-bit grey, straight to memory. The plain kind of PNG that scanners
// and generators write is decoded in one pass with libdeflate; every other
// PNG goes through libpng's simplified reader. Both give the same pixels.
// Thread-safe: no shared state beyond constant tables.
#pragma once

#include <optional>
#include <string>

#include <opencv2/core.hpp>

#include "core/error.hpp"

namespace kycx::ingest {

// Any PNG libpng reads, as grey: colour by libpng's sRGB luminance,
// transparency laid over white paper. A damaged or truncated file is a
// kCorruptFile error.
Result<cv::Mat> decode_png_gray(const std::string& bytes);

// The fast path alone. It takes a PNG that is 8-bit grey or RGB or 1-bit
// black and white, not interlaced, with no transparency or colour-space chunk, and whose chunk
// checksums and compressed data are intact; it returns nullopt for anything
// else (libpng then decides, and words any error). Its pixels equal libpng's.
std::optional<cv::Mat> decode_plain_png(const std::string& bytes);

}  // namespace kycx::ingest
