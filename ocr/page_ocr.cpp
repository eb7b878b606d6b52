#include "ocr/page_ocr.hpp"

namespace kycx::ocr {

void map_to_original(PageText& text, const PageTransform& transform) {
  auto map = [&](BBox& b) { b = transform.to_original(b.x0, b.y0, b.x1, b.y1); };
  for (auto& w : text.words) map(w.box);
  for (auto& l : text.lines) map(l.box);
  for (auto& b : text.blocks) map(b.box);
}

Result<PageText> recognize_page(OcrEngine& engine, const PreparedPage& page, PageInfo info,
                                const RecognizeOptions& options) {
  RecognizeOptions opts = options;
  opts.dpi = page.ocr_dpi;
  auto text = engine.recognize(page.for_ocr, opts);
  if (!text) return text;
  map_to_original(*text, page.ocr_transform);
  info.text_source = TextSource::kOcr;
  info.rotation = page.rotation;
  info.skew = page.skew;
  text->info = info;
  return text;
}

Result<UprightReading> recognize_upright(OcrEngine& engine, const PreparedPage& page, PageInfo info,
                                         const RecognizeOptions& options) {
  auto first = recognize_page(engine, page, info, options);
  if (!first) return tl::unexpected(first.error());
  const double confidence = first->mean_confidence();
  const bool leans_upside_down = page.upright_evidence < -2.0;
  if (first->words.empty() || confidence >= kSureReadingConfidence ||
      (confidence >= kSecondLookConfidence && !leans_upside_down)) {
    return UprightReading{std::move(*first), page};
  }
  PreparedPage turned = turned_half(page);
  auto second = recognize_page(engine, turned, info, options);
  if (second && second->mean_confidence() > confidence + 0.05) return UprightReading{std::move(*second), turned};
  return UprightReading{std::move(*first), page};
}

}  // namespace kycx::ocr
