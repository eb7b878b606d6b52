#include "extractors/mrz/mrz_reader.hpp"

#include <algorithm>
#include <map>

#include "core/document_types.hpp"
#include "extractors/common/field_builder.hpp"
#include "extractors/common/name_reread.hpp"
#include "extractors/mrz/mrz_band_reader.hpp"
#include "extractors/mrz/mrz_fields.hpp"
#include "extractors/mrz/mrz_text_reader.hpp"
#include "extractors/mrz/mrz_visual_check.hpp"

namespace kycx::extractors::mrz {

namespace {

bool sure(const MrzReading& r) {
  return r.parse.all_checks_passed() && r.sure_checks() == static_cast<int>(r.parse.checks.size());
}

void keep_better(std::optional<MrzReading>& best, std::optional<MrzReading> candidate) {
  if (candidate && plausible_mrz(*candidate) && (!best || better_reading(*candidate, *best))) {
    best = std::move(candidate);
  }
}

// Visual zone against MRZ: a disagreement sends the field to review as a conflict.
void cross_check(const ExtractContext& context, const MrzReading& reading, const std::vector<VisualValue>& visual,
                 Extraction& out) {
  std::map<std::string, std::string> values;
  for (const auto& [name, field] : out.fields) {
    if (field.value.is_string()) values[name] = field.value.get<std::string>();
  }
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
  if (std::any_of(checks.begin(), checks.end(),
                  [](const VisualCheck& c) { return c.result != CheckResult::kSkipped; })) {
    out.extractors.emplace_back("ocr_rules");
  }
}

// A printed date of issue: a two-digit year takes the latest century that
// does not put it in the future.
std::optional<Date> issue_date_of(const std::string& printed) {
  const auto p = parse_zone_date(printed);
  if (!p) return std::nullopt;
  const Date today = today_utc();
  Date d = p->printed;
  if (p->two_digit_year) {
    d.year = today.year / 100 * 100 + p->printed.year;
    if (d > today) d.year -= 100;
  }
  if (!is_valid_date(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

// The same, from the words read under the label: the longest run of them
// that is a date (a photo's specks may stand before or after it: "i 23
// MAY/MAI 25").
std::optional<Date> issue_date(const std::string& printed) {
  std::vector<std::string> words;
  for (size_t start = 0; start < printed.size();) {
    const size_t end = std::min(printed.find(' ', start), printed.size());
    if (end > start) words.push_back(printed.substr(start, end - start));
    start = end + 1;
  }
  for (size_t length = words.size(); length > 0; --length) {
    for (size_t first = 0; first + length <= words.size(); ++first) {
      std::string run;
      for (size_t k = first; k < first + length; ++k) run += (run.empty() ? "" : " ") + words[k];
      if (auto d = issue_date_of(run)) return d;
    }
  }
  return std::nullopt;
}

// Passport fields the MRZ does not hold, read from the visual zone only.
void add_visual_fields(const ExtractContext& context, const std::vector<VisualValue>& visual, Extraction& out) {
  bool added = false;
  for (const VisualValue& v : visual) {
    Json value;
    if (v.field == "date_of_issue") {
      if (const auto d = issue_date(v.text)) value = format_date(*d);
    } else if (v.field == "place_of_birth") {
      value = v.text;
    }
    if (value.is_null() || out.fields.contains(v.field)) continue;
    Field field = field_from_region(std::move(value), Method::kOcrRules, v.source.page, v.source.bbox, v.source.text,
                                    v.confidence);
    if (v.field == "place_of_birth") {
      // The page's OCR drops diacritics (MALMÖ read as MALMO) with full
      // confidence: only a second reading by the names model can vouch for it.
      auto twice = read_twice_with_names_model(context, std::move(field));
      if (!twice) continue;
      field = std::move(*twice);
    }
    out.fields.set(v.field, std::move(field));
    added = true;
  }
  if (added && std::find(out.extractors.begin(), out.extractors.end(), "ocr_rules") == out.extractors.end()) {
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
    for (MrzReading& r : read_mrz_bands(image->image, image->transform, i)) keep_better(best, std::move(r));
    if (best && best->source == MrzReadingSource::kGlyphs && sure(*best)) return best;
  }
  return best;
}

std::optional<Extraction> read_mrz_document(const ExtractContext& context, std::string_view document_type,
                                            const MrzReaderOptions& options) {
  const auto reading = find_mrz(context, options);
  if (!reading) return std::nullopt;
  Extraction out = mrz_fields(*reading, document_type);
  const auto visual = read_visual_zone(context.pages, {.max_pages = options.max_pages});
  cross_check(context, *reading, visual, out);
  if (document_type == document_types::kPassport) add_visual_fields(context, visual, out);
  return out;
}

std::optional<Extraction> MrzDocumentReader::read(const Classification& /*classification*/,
                                                  const ExtractContext& context) const {
  return read_mrz_document(context, document_type_, options_);
}

}  // namespace kycx::extractors::mrz
