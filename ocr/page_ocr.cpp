#include "ocr/page_ocr.hpp"

#include <utility>

namespace kycx::ocr {

void map_to_original(PageText& text, const PageTransform& transform) {
  auto map = [&](BBox& b) { b = transform.to_original(b.x0, b.y0, b.x1, b.y1); };
  for (auto& w : text.words) map(w.box);
  for (auto& l : text.lines) map(l.box);
  for (auto& b : text.blocks) map(b.box);
}

namespace {

// Reads `image` (page.for_ocr, or the page's only reference to it).
Result<PageText> read(OcrEngine& engine, cv::Mat image, const PreparedPage& page, PageInfo info,
                      const RecognizeOptions& options) {
  RecognizeOptions opts = options;
  opts.dpi = page.ocr_dpi;
  auto text = engine.recognize(std::move(image), opts);
  if (!text) return text;
  map_to_original(*text, page.ocr_transform);
  info.text_source = TextSource::kOcr;
  info.rotation = page.rotation;
  info.skew = page.skew;
  text->info = info;
  return text;
}

// The page's OCR image, taken out of the page when the caller can remake it.
cv::Mat take_image(PreparedPage& page, const Preprocessor* remake) {
  if (remake == nullptr) return page.for_ocr;
  return std::exchange(page.for_ocr, cv::Mat());
}

}  // namespace

Result<PageText> recognize_page(OcrEngine& engine, const PreparedPage& page, PageInfo info,
                                const RecognizeOptions& options) {
  return read(engine, page.for_ocr, page, std::move(info), options);
}

Result<UprightReading> recognize_upright(OcrEngine& engine, PreparedPage page, const PageInfo& info,
                                         const RecognizeOptions& options, const Preprocessor* remake) {
  auto first = read(engine, take_image(page, remake), page, info, options);
  if (!first) return tl::unexpected(first.error());
  const double confidence = first->mean_confidence();
  const bool leans_upside_down = page.upright_evidence < -2.0;
  if (first->words.empty() || confidence >= kSureReadingConfidence ||
      (confidence >= kSecondLookConfidence && !leans_upside_down)) {
    return UprightReading{std::move(*first), std::move(page)};
  }
  // Remade bit for bit as first read, then turned: the same pixels as when it was kept.
  if (remake != nullptr) page.for_ocr = remake->ocr_image(page);
  PreparedPage turned = turned_half(page);
  if (remake != nullptr) page.for_ocr.release();
  auto second = read(engine, take_image(turned, remake), turned, info, options);
  if (second && second->mean_confidence() > confidence + 0.05) {
    return UprightReading{std::move(*second), std::move(turned)};
  }
  return UprightReading{std::move(*first), std::move(page)};
}

}  // namespace kycx::ocr
