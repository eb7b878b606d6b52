#include "extractors/statements/statement_reread.hpp"

#include <algorithm>
#include <cmath>

#include "extractors/common/reread.hpp"

namespace kycx::extractors::statements {

namespace {

// Whether a new word covers a word the page already has (same row, overlapping).
bool overlaps_existing(const PageRows& page, const PlacedWord& p) {
  for (const TextRow& row : page.rows) {
    if (std::abs(row.y - p.y) > 0.5 * std::max(page.em, p.height)) continue;
    for (const PlacedWord& q : row.words) {
      const double shared = std::min(q.x1, p.x1) - std::max(q.x0, p.x0);
      if (shared > 0.3 * std::min(q.x1 - q.x0, p.x1 - p.x0)) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<ocr::Word> read_region(const ExtractContext& context, size_t index, const PageRows& page,
                                   const RereadRequest& request) {
  std::vector<ocr::Word> out;
  if (page.text_layer) return out;
  // Small print reads better enlarged: scans under 250 DPI are doubled.
  const PageInfo& info = context.pages[index].text.info;
  const double dpi = info.dpi > 0 ? info.dpi : std::min(info.width, info.height) / 8.5;  // Letter or A4 wide
  const PageRegion& r = request.region;
  const auto crop = read_crop(context, static_cast<int>(index), page.original_box(r.x0, r.y0, r.x1, r.y1),
                              {.model = request.precise ? RereadModel::kPrecise : RereadModel::kPage,
                               .mode = request.mode,
                               .whitelist = {},
                               .scale = dpi < 250 ? 2.0 : 1.0,
                               .dpi = dpi,
                               .min_side = 8});
  if (!crop) return out;
  for (const ocr::Word& w : crop->text.words) {
    if (w.text.empty()) continue;
    ocr::Word word = w;
    word.box = crop->to_page(w.box);
    word.line = -1;
    out.push_back(std::move(word));
  }
  return out;
}

int reread_region_into_rows(const ExtractContext& context, size_t index, PageRows& page, const RereadRequest& request) {
  int added = 0;
  for (ocr::Word& word : read_region(context, index, page, request)) {
    if (overlaps_existing(page, page.place(word))) continue;
    page.add_word(std::move(word));
    ++added;
  }
  return added;
}

}  // namespace kycx::extractors::statements
