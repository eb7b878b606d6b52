#include "extractors/common/field_builder.hpp"

#include <algorithm>

namespace kycx::extractors {

SourceRef source_from_words(int page, std::span<const ocr::Word* const> words) {
  SourceRef s;
  s.page = page;
  for (const ocr::Word* w : words) {
    s.bbox = united(s.bbox, w->box);
    if (!s.text.empty()) s.text.push_back(' ');
    s.text += w->text;
  }
  return s;
}

Field field_from_words(Json value, Method method, int page, std::span<const ocr::Word* const> words) {
  Field f;
  f.value = std::move(value);
  f.method = method;
  f.source.push_back(source_from_words(page, words));
  double lowest = 1.0;
  for (const ocr::Word* w : words) lowest = std::min(lowest, double(w->confidence));
  f.evidence.ocr_confidence = words.empty() ? 0.0 : lowest;
  f.confidence = f.evidence.ocr_confidence;  // replaced by the calibrated model in validation
  return f;
}

Field field_from_region(Json value, Method method, int page, const BBox& box, std::string raw_text,
                        double ocr_confidence) {
  Field f;
  f.value = std::move(value);
  f.method = method;
  f.source.push_back(SourceRef{page, box, std::move(raw_text)});
  f.evidence.ocr_confidence = ocr_confidence;
  f.confidence = ocr_confidence;  // replaced by the calibrated model in validation
  return f;
}

}  // namespace kycx::extractors
