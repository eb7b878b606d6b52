#include "extractors/mrz/mrz_band_reader.hpp"

#include <algorithm>

#include "extractors/mrz/glyphs/mrz_glyph_reader.hpp"

namespace kycx::extractors::mrz {

std::optional<MrzReading> read_mrz_band(const cv::Mat& gray, const MrzBandCandidate& band,
                                        const ocr::PageTransform& transform, int page_index, bool upside_down,
                                        const MrzBandReaderOptions& options) {
  const MrzBandImage image =
      rectify_band(gray, band, MrzRectifyOptions{.line_height = options.line_height, .upside_down = upside_down});
  const std::vector<MrzGlyphLine> lines = read_mrz_glyphs(image.image);
  auto text = decode_mrz_glyphs(lines, options.decode);
  if (!text) return std::nullopt;
  MrzReading reading;
  reading.page_index = page_index;
  reading.source = MrzReadingSource::kGlyphs;
  reading.confidence = text->confidence;
  for (const auto& line : text->boxes) {
    std::vector<BBox> boxes;
    boxes.reserve(line.size());
    for (const cv::Rect2d& cell : line) boxes.push_back(image.to_page(cell, transform));
    reading.boxes.push_back(std::move(boxes));
  }
  reading.parse = parse_mrz_lines(text->format, text->lines, options.parse, &text->candidates);
  return reading;
}

std::vector<MrzReading> read_mrz_bands(const cv::Mat& gray, const ocr::PageTransform& transform, int page_index,
                                       const MrzBandReaderOptions& options) {
  std::vector<MrzReading> out;
  if (gray.empty() || gray.type() != CV_8UC1) return out;
  for (const MrzBandCandidate& band : locate_mrz_bands(gray, options.locator)) {
    std::optional<MrzReading> best = read_mrz_band(gray, band, transform, page_index, false, options);
    if (options.try_upside_down && !(best && best->parse.all_checks_passed())) {
      auto turned = read_mrz_band(gray, band, transform, page_index, true, options);
      if (turned && (!best || better_reading(*turned, *best))) best = std::move(turned);
    }
    if (best) out.push_back(std::move(*best));
  }
  std::stable_sort(out.begin(), out.end(), better_reading);
  return out;
}

}  // namespace kycx::extractors::mrz
