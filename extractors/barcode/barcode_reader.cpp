#include "extractors/barcode/barcode_reader.hpp"

#include <algorithm>
#include <limits>

#include <opencv2/imgproc.hpp>

namespace kycx::extractors::barcode {

namespace {

using Quad = std::array<cv::Point2f, 4>;

struct PageResult {
  std::string payload;
  bool decoded = false;
  Quad corners;  // in the page image's pixels
  bool located = false;
  int attempt = 0;
  std::string ec_level;
};

PageResult from_region(const Pdf417Symbol& s, const RectifiedRegion& region, int attempt) {
  PageResult r{s.payload, true, {}, true, attempt, s.ec_level};
  for (size_t i = 0; i < 4; ++i) r.corners[i] = map_point(region.to_source, s.corners[i]);
  return r;
}

// Located regions first (each decoded once, quickly), then one pass over the
// whole page, then slower retries on regions that look strongly like a PDF417.
std::optional<PageResult> scan(const cv::Mat& gray, const BarcodeReaderOptions& options) {
  const std::vector<Pdf417Candidate> candidates = locate_pdf417(gray, options.locator);
  const Pdf417DecodeOptions quick{.try_harder = true, .try_rotate = false, .try_variants = false};
  for (const auto& c : candidates) {
    const RectifiedRegion region = rectify_region(gray, c.corners, options.rectify);
    const auto symbols = decode_pdf417(region.image, quick);
    if (!symbols.empty()) return from_region(symbols.front(), region, 0);
  }
  if (options.whole_page_attempt) {
    // A large page is searched at reduced size: symbols big enough to read
    // there are found fast, small ones were the locator's job at full size.
    const int side = std::max(gray.cols, gray.rows);
    const double scale = side > options.whole_page_side ? static_cast<double>(options.whole_page_side) / side : 1.0;
    cv::Mat page = gray;
    if (scale < 1.0) cv::resize(gray, page, cv::Size(), scale, scale, cv::INTER_AREA);
    const auto symbols = decode_pdf417(page, {.try_harder = true, .try_rotate = true, .try_variants = false});
    if (!symbols.empty()) {
      const auto& s = symbols.front();
      Quad corners = s.corners;
      for (auto& p : corners) p *= 1.0 / scale;
      return PageResult{s.payload, true, corners, false, 0, s.ec_level};
    }
  }
  for (const auto& c : candidates) {
    if (c.crossings < options.strong_crossings) continue;
    Pdf417RectifyOptions wide = options.rectify;
    wide.margin_across *= 2;
    wide.margin_along *= 2;
    int attempt = 1;
    for (const auto& rectify : {options.rectify, wide}) {
      const RectifiedRegion region = rectify_region(gray, c.corners, rectify);
      const auto symbols = decode_pdf417(region.image, {.try_harder = true, .try_rotate = false});
      if (!symbols.empty()) return from_region(symbols.front(), region, attempt + symbols.front().attempt);
      attempt += 4;
    }
    return PageResult{{}, false, c.corners, true, attempt, {}};
  }
  return std::nullopt;
}

BBox to_page_box(const Quad& corners, const ocr::PageTransform& transform) {
  double x0 = std::numeric_limits<double>::max(), y0 = x0;
  double x1 = std::numeric_limits<double>::lowest(), y1 = x1;
  for (const auto& p : corners) {
    const cv::Point2d o = transform.point_to_original(cv::Point2d(p.x, p.y));
    x0 = std::min(x0, o.x);
    y0 = std::min(y0, o.y);
    x1 = std::max(x1, o.x);
    y1 = std::max(y1, o.y);
  }
  const double w = std::max(1, transform.original_width());
  const double h = std::max(1, transform.original_height());
  return clamped_unit(BBox{x0 / w, y0 / h, x1 / w, y1 / h});
}

cv::Mat as_gray(const cv::Mat& image) {
  if (image.type() == CV_8UC1) return image;
  cv::Mat gray;
  if (image.channels() == 3) {
    cv::cvtColor(image, gray, cv::COLOR_BGR2GRAY);
  } else if (image.channels() == 4) {
    cv::cvtColor(image, gray, cv::COLOR_BGRA2GRAY);
  } else {
    image.convertTo(gray, CV_8U);
  }
  return gray;
}

}  // namespace

std::vector<BarcodeHit> find_pdf417(const ExtractContext& context, const BarcodeReaderOptions& options) {
  std::vector<BarcodeHit> hits;
  const int pages = std::min(static_cast<int>(context.pages.size()), options.max_pages);
  for (int i = 0; i < pages; ++i) {
    try {
      auto page = context.page_image(i, options.render_dpi);
      if (!page || page->image.empty()) continue;
      const auto result = scan(as_gray(page->image), options);
      if (!result) continue;
      hits.push_back(BarcodeHit{result->payload, result->decoded, i, to_page_box(result->corners, page->transform),
                                result->located, result->attempt, result->ec_level});
    } catch (const cv::Exception&) {
      continue;  // an image OpenCV cannot process has no barcode we can read
    }
  }
  std::stable_sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) { return a.decoded > b.decoded; });
  return hits;
}

bool any_decoded(const std::vector<BarcodeHit>& hits) {
  return std::any_of(hits.begin(), hits.end(), [](const BarcodeHit& h) { return h.decoded; });
}

}  // namespace kycx::extractors::barcode
