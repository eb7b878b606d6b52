#include "extractors/common/reread.hpp"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

#include "extractors/common/field_builder.hpp"

namespace kycx::extractors {

BBox CropReading::to_page(const BBox& b) const {
  return transform.to_original(rect.x + b.x0 / scale, rect.y + b.y0 / scale, rect.x + b.x1 / scale,
                               rect.y + b.y1 / scale);
}

std::optional<CropReading> read_crop(const ExtractContext& context, int page, const BBox& box,
                                     const CropOptions& options) {
  ocr::OcrEngine* engine = options.model == RereadModel::kNames  ? context.names_ocr
                           : options.model == RereadModel::kPage ? context.ocr
                           : context.precise_ocr != nullptr      ? context.precise_ocr
                                                                 : context.ocr;
  if (engine == nullptr) return std::nullopt;
  const auto image = context.page_image(page);
  if (!image || image->image.empty()) return std::nullopt;
  const cv::Rect rect = image->pixels_of(box);
  if (rect.width < options.min_side || rect.height < options.min_side) return std::nullopt;
  cv::Mat crop = image->image(rect).clone();
  if (options.scale != 1.0) cv::resize(crop, crop, cv::Size(), options.scale, options.scale, cv::INTER_CUBIC);
  auto text = engine->recognize(crop, {.mode = options.mode,
                                       .whitelist = options.whitelist,
                                       .dpi = static_cast<int>(std::lround(options.dpi * options.scale))});
  if (!text) return std::nullopt;
  return CropReading{std::move(*text), crop.size(), rect, options.scale, image->transform};
}

std::optional<Reread> reread_region(const ExtractContext& context, int page, const BBox& box,
                                    const RereadOptions& options) {
  if (box.empty()) return std::nullopt;
  const double pad = options.pad * box.height();
  const double page_dpi = context.pages[static_cast<size_t>(page)].text.info.dpi;
  const auto crop =
      read_crop(context, page, {box.x0 - 2 * pad, box.y0 - pad, box.x1 + 2 * pad, box.y1 + pad},
                {.model = options.model,
                 .mode = options.middle_line ? ocr::SegmentationMode::kSingleBlock : ocr::SegmentationMode::kSingleLine,
                 .whitelist = options.whitelist,
                 .scale = options.scale,
                 .dpi = page_dpi > 0 ? page_dpi : 300.0});
  if (!crop || crop->text.words.empty()) return std::nullopt;
  const ocr::PageText* text = &crop->text;
  int keep = -1;  // every line
  if (options.middle_line) {
    double nearest = 1e18;
    for (size_t l = 0; l < text->lines.size(); ++l) {
      const double off = std::abs(text->lines[l].box.center_y() - crop->size.height / 2.0);
      if (text->lines[l].word_count > 0 && off < nearest) nearest = off, keep = static_cast<int>(l);
    }
  }
  Reread out;
  out.confidence = 1.0;
  for (const ocr::Word& w : text->words) {
    if (keep >= 0 && w.line != keep) continue;
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
  // Two readings that differ. The closer crop usually reads better, but
  // not always ("E54546" on the page, "ES54546" on the crop): when the page's
  // model reads the crop as the page did, two of three readings stand.
  field.evidence.readings += 1;
  field.evidence.readings_agree = false;
  if (options.model == RereadModel::kPrecise && context.precise_ocr != nullptr && context.ocr != nullptr) {
    RereadOptions third = options;
    third.model = RereadModel::kPage;
    if (const auto check = reread_region(context, where.page - 1, where.bbox, third)) {
      const auto checked = parse(check->text);
      if (checked && *checked == field.value) {
        field.evidence.readings += 1;
        return field;
      }
    }
  }
  field.value = *value;
  field.source.front().text = again->text;
  field.evidence.ocr_confidence = again->confidence;
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
