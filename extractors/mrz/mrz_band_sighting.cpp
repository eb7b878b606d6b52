#include "extractors/mrz/mrz_band_sighting.hpp"

#include "extractors/mrz/mrz_band_reader.hpp"

namespace kycx::extractors::mrz {

std::optional<MrzFormat> sight_mrz_band(const ExtractContext& context, const MrzBandSightingOptions& options) {
  if (static_cast<int>(context.pages.size()) > options.max_pages) return std::nullopt;
  for (size_t i = 0; i < context.pages.size(); ++i) {
    const ocr::Page& page = context.pages[i];
    if (page.image.empty() || !page.image_transform) continue;
    for (const MrzReading& reading : read_mrz_bands(page.image, *page.image_transform, static_cast<int>(i))) {
      if (plausible_mrz(reading, options.min_clean_checks)) return reading.parse.format;
    }
  }
  return std::nullopt;
}

}  // namespace kycx::extractors::mrz
