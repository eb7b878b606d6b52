#include "extractors/mrz_reader.hpp"

#include <algorithm>
#include <map>

#include "extractors/mrz_band_reader.hpp"
#include "extractors/mrz_fields.hpp"
#include "extractors/mrz_text_reader.hpp"
#include "extractors/mrz_visual_check.hpp"

namespace kycx::extractors {

namespace {

bool sure(const MrzReading& r) {
  return r.parse.all_checks_passed() && r.sure_checks() == static_cast<int>(r.parse.checks.size());
}

void keep_better(std::optional<MrzReading>& best, std::optional<MrzReading> candidate) {
  if (candidate && (!best || better_reading(*candidate, *best))) best = std::move(candidate);
}

// Visual zone against MRZ: a disagreement sends the field to review as a conflict.
void cross_check(const ExtractContext& context, const MrzReading& reading, const MrzReaderOptions& options,
                 Extraction& out) {
  std::map<std::string, std::string> values;
  for (const auto& [name, field] : out.fields) {
    if (field.value.is_string()) values[name] = field.value.get<std::string>();
  }
  const auto visual = read_visual_zone(context.pages, {.max_pages = options.max_pages});
  const auto checks =
      check_against_visual(values, visual, context.pages, {.name_truncated = reading.parse.name_truncated});
  for (const VisualCheck& vc : checks) {
    out.checks.push_back(Check{"consistency.mrz_viz." + vc.field, vc.result, {vc.field}, vc.message});
    if (vc.result == CheckResult::kSkipped) continue;
    Field* f = out.fields.find(vc.field);
    f->evidence.readings = 2;
    f->evidence.readings_agree = vc.result == CheckResult::kPass;
    if (vc.visual_source) f->source.push_back(*vc.visual_source);
    if (vc.result == CheckResult::kFail) f->review.add("conflict");
  }
  if (std::any_of(checks.begin(), checks.end(), [](const VisualCheck& c) { return c.result != CheckResult::kSkipped; })) {
    out.extractors.emplace_back("ocr_rules");
  }
}

}  // namespace

std::optional<MrzReading> find_mrz(const ExtractContext& context, const MrzReaderOptions& options) {
  std::optional<MrzReading> best;
  const int pages = std::min(static_cast<int>(context.pages.size()), options.max_pages);
  // Words first: a text layer is exact and cheap; then the glyphs of each page.
  for (int i = 0; i < pages; ++i) {
    keep_better(best, read_mrz_text(context.pages[size_t(i)].text, i));
    if (best && best->source == MrzReadingSource::kTextLayer && sure(*best)) return best;
  }
  for (int i = 0; i < pages; ++i) {
    const auto image = context.page_image(i);
    if (!image) continue;
    auto readings = read_mrz_bands(image->image, image->transform, i);
    if (!readings.empty()) keep_better(best, std::move(readings.front()));
    if (best && best->source == MrzReadingSource::kGlyphs && sure(*best)) return best;
  }
  return best;
}

std::optional<Extraction> read_mrz_document(const ExtractContext& context, std::string_view document_type,
                                            const MrzReaderOptions& options) {
  const auto reading = find_mrz(context, options);
  if (!reading) return std::nullopt;
  Extraction out = mrz_fields(*reading, document_type);
  cross_check(context, *reading, options, out);
  return out;
}

}  // namespace kycx::extractors
