#include "extractors/form_reread.hpp"

#include <algorithm>
#include <cmath>

#include "extractors/field_builder.hpp"

namespace kycx::extractors {

std::optional<Reread> reread_region(const ExtractContext& context, int page, const BBox& box,
                                    const RereadOptions& options) {
  ocr::OcrEngine* engine = context.precise_ocr != nullptr ? context.precise_ocr : context.ocr;
  if (engine == nullptr || box.empty()) return std::nullopt;
  const auto image = context.page_image(page);
  if (!image || image->image.empty()) return std::nullopt;
  // The box's corners on the original page, in the image's pixels.
  const ocr::PageTransform& tf = image->transform;
  const double w0 = tf.original_width(), h0 = tf.original_height();
  const double pad = options.pad * box.height();
  double x0 = 1e18, y0 = 1e18, x1 = -1e18, y1 = -1e18;
  for (const auto& [x, y] : {std::pair{box.x0 - 2 * pad, box.y0 - pad},
                             {box.x1 + 2 * pad, box.y0 - pad},
                             {box.x0 - 2 * pad, box.y1 + pad},
                             {box.x1 + 2 * pad, box.y1 + pad}}) {
    const cv::Vec3d p = tf.forward() * cv::Vec3d(x * w0, y * h0, 1.0);
    x0 = std::min(x0, p[0]), y0 = std::min(y0, p[1]), x1 = std::max(x1, p[0]), y1 = std::max(y1, p[1]);
  }
  const cv::Rect rect = cv::Rect(cv::Point(static_cast<int>(std::floor(x0)), static_cast<int>(std::floor(y0))),
                                 cv::Point(static_cast<int>(std::ceil(x1)), static_cast<int>(std::ceil(y1)))) &
                        cv::Rect(0, 0, image->image.cols, image->image.rows);
  if (rect.width < 4 || rect.height < 4) return std::nullopt;
  const cv::Mat crop = image->image(rect).clone();
  const double dpi = context.pages[static_cast<size_t>(page)].text.info.dpi;
  auto text = engine->recognize(crop, {.mode = ocr::SegmentationMode::kSingleLine,
                                       .whitelist = options.whitelist,
                                       .dpi = dpi > 0 ? static_cast<int>(std::lround(dpi)) : 300});
  if (!text || text->words.empty()) return std::nullopt;
  Reread out;
  out.confidence = 1.0;
  for (const ocr::Word& w : text->words) {
    if (!out.text.empty()) out.text.push_back(' ');
    out.text += w.text;
    out.confidence = std::min(out.confidence, static_cast<double>(w.confidence));
  }
  return out;
}

Field reread_if_unsure(const ExtractContext& context, Field field, const ValueParser& parse,
                       const RereadOptions& options) {
  if (field.missing() || field.source.empty() || field.evidence.ocr_confidence >= options.below_confidence) {
    return field;
  }
  const SourceRef& where = field.source.front();
  const auto again = reread_region(context, where.page - 1, where.bbox, options);
  if (!again) return field;
  const auto value = parse(again->text);
  if (!value) return field;
  if (field.value == *value) {
    ++field.evidence.readings;
    field.evidence.ocr_confidence = std::max(field.evidence.ocr_confidence, again->confidence);
    return field;
  }
  field.value = *value;
  field.source.front().text = again->text;
  field.evidence.ocr_confidence = again->confidence;
  field.evidence.readings += 1;
  field.evidence.readings_agree = false;
  return field;
}

std::optional<Field> reread_words(const ExtractContext& context, const FormLayout& layout, const LayoutSpan& words,
                                  const ValueParser& parse, const RereadOptions& options) {
  if (words.empty()) return std::nullopt;
  const int page = layout.words()[static_cast<size_t>(words.front())].page;
  BBox box;
  for (const ocr::Word* w : layout.ocr_words(words)) box = united(box, w->box);
  const auto again = reread_region(context, page, box, options);
  if (!again) return std::nullopt;
  auto value = parse(again->text);
  if (!value) return std::nullopt;
  return field_from_region(std::move(*value), Method::kOcrRules, page + 1, box, again->text, again->confidence);
}

}  // namespace kycx::extractors
