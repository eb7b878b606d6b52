#include "extractors/barcode/pdf417_decoder.hpp"

#include <algorithm>
#include <exception>

#include <opencv2/imgproc.hpp>

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

namespace kycx::extractors::barcode {

namespace {

// One ZXing pass. ZXing reports positions in the pixels of `image`; `scale`
// is image / original, so the corners are divided by it.
std::vector<Pdf417Symbol> read(const cv::Mat& image, double scale, int attempt, const Pdf417DecodeOptions& options) {
  std::vector<Pdf417Symbol> out;
  cv::Mat contiguous = image.isContinuous() ? image : image.clone();
  ZXing::DecodeHints hints;
  hints.setFormats(ZXing::BarcodeFormat::PDF417)
      .setTryHarder(options.try_harder)
      .setTryRotate(options.try_rotate)
      .setTryDownscale(true);
  const ZXing::ImageView view(contiguous.data, contiguous.cols, contiguous.rows, ZXing::ImageFormat::Lum,
                              static_cast<int>(contiguous.step));
  ZXing::Results results;
  try {
    results = ZXing::ReadBarcodes(view, hints);
  } catch (const std::exception&) {
    return out;  // a decoder bug on odd input must not stop the document
  }
  for (const auto& r : results) {
    if (!r.isValid()) continue;
    const std::string_view bytes = r.bytes().asString();
    if (std::any_of(out.begin(), out.end(), [&](const Pdf417Symbol& s) { return s.payload == bytes; })) continue;
    Pdf417Symbol s;
    s.payload.assign(r.bytes().begin(), r.bytes().end());
    for (size_t i = 0; i < 4; ++i) {
      s.corners[i] =
          cv::Point2f(static_cast<float>(r.position()[i].x / scale), static_cast<float>(r.position()[i].y / scale));
    }
    s.ec_level = r.ecLevel();
    s.attempt = attempt;
    out.push_back(std::move(s));
  }
  return out;
}

cv::Mat rescaled(const cv::Mat& gray, double factor) {
  cv::Mat out;
  cv::resize(gray, out, cv::Size(), factor, factor, factor > 1 ? cv::INTER_CUBIC : cv::INTER_AREA);
  return out;
}

cv::Mat sharpened(const cv::Mat& gray) {
  cv::Mat blurred, out;
  cv::GaussianBlur(gray, blurred, cv::Size(0, 0), 2.0);
  cv::addWeighted(gray, 1.8, blurred, -0.8, 0, out);
  return out;
}

cv::Mat binarised(const cv::Mat& gray) {
  cv::Mat out;
  cv::threshold(gray, out, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
  return out;
}

}  // namespace

std::vector<Pdf417Symbol> decode_pdf417(const cv::Mat& gray, const Pdf417DecodeOptions& options) {
  CV_Assert(gray.type() == CV_8UC1);
  if (gray.empty()) return {};
  auto found = read(gray, 1.0, 0, options);
  if (!found.empty() || !options.try_variants) return found;

  const int side = std::max(gray.cols, gray.rows);
  double factor = 1.0;
  if (side < options.upscale_below_side) {
    factor = std::min(options.upscale_below_side / side, static_cast<double>(options.max_variant_side) / side);
  }
  const cv::Mat base = factor > 1.05 ? rescaled(gray, factor) : gray;
  int attempt = 1;
  if (factor > 1.05) {
    found = read(base, factor, attempt++, options);
    if (!found.empty()) return found;
  }
  found = read(sharpened(base), factor, attempt++, options);
  if (!found.empty()) return found;
  found = read(binarised(sharpened(base)), factor, attempt++, options);
  if (!found.empty()) return found;
  if (side > 1200) {
    const double down = 0.5;
    found = read(rescaled(gray, down), down, attempt++, options);
  }
  return found;
}

}  // namespace kycx::extractors::barcode
