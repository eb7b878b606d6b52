// Reads the MRZ bands of a page image: locates them, cuts each out upright
// (and turned by 180 degrees, for pages read upside down), matches its glyphs
// against OCR-B and parses the text with the glyphs' runners-up as repair
// candidates. Character boxes are mapped back to the ORIGINAL page. Pure;
// thread-safe.
#pragma once

#include <vector>

#include <opencv2/core.hpp>

#include "extractors/mrz/glyphs/mrz_glyph_decoder.hpp"
#include "extractors/mrz/mrz_band_image.hpp"
#include "extractors/mrz/mrz_locator.hpp"
#include "extractors/mrz/mrz_reading.hpp"
#include "ocr/page_transform.hpp"

namespace kycx::extractors::mrz {

struct MrzBandReaderOptions {
  MrzLocatorOptions locator;     // where bands are searched
  double line_height = 32;       // px, character height the band is rectified to
  MrzGlyphDecodeOptions decode;  // how glyph scores become text
  MrzParseOptions parse;         // dates, repair limits
  bool try_upside_down = true;   // also read each band turned by 180 degrees
};

// One reading per band that decodes as an MRZ (the better orientation), best
// first. `transform` maps `gray`'s pixels to the original page; `page_index`
// is 0-based.
// REQUIRES: gray.type() == CV_8UC1.
std::vector<MrzReading> read_mrz_bands(const cv::Mat& gray, const ocr::PageTransform& transform, int page_index,
                                       const MrzBandReaderOptions& options = {});

// The reading of one located band in one orientation, if it decodes.
std::optional<MrzReading> read_mrz_band(const cv::Mat& gray, const MrzBandCandidate& band,
                                        const ocr::PageTransform& transform, int page_index, bool upside_down,
                                        const MrzBandReaderOptions& options = {});

}  // namespace kycx::extractors::mrz
