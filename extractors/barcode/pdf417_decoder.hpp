// Decodes PDF417 symbols in a grey image with ZXing: the image as given, then
// (if that finds nothing) sharpened, binarised and rescaled copies. No
// locating or rectifying here (see pdf417_locator.hpp). Thread-safe: no state.
#pragma once

#include <array>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

namespace kycx::extractors::barcode {

struct Pdf417DecodeOptions {
  bool try_harder = true;            // ZXing's slower, more thorough scan
  bool try_rotate = true;            // also look for symbols turned by 90 or 270 degrees
  bool try_variants = true;          // on a miss, retry on sharpened/binarised/rescaled copies
  int max_variant_side = 2600;       // px, longer side a rescaled copy may have
  double upscale_below_side = 1400;  // px, copies are upscaled when the longer side is shorter than this
};

struct Pdf417Symbol {
  std::string payload;                 // decoded bytes, unchanged (AAMVA payloads are ASCII)
  std::array<cv::Point2f, 4> corners;  // in the given image's pixels, ZXing's order: TL, TR, BR, BL
  std::string ec_level;                // error correction level ZXing reports ("0".."8"), may be empty
  int attempt = 0;                     // 0: the image as given; higher: a variant was needed
};

// Every PDF417 symbol ZXing can decode, possibly none.
// REQUIRES: gray.type() == CV_8UC1.
std::vector<Pdf417Symbol> decode_pdf417(const cv::Mat& gray, const Pdf417DecodeOptions& options = {});

}  // namespace kycx::extractors::barcode
