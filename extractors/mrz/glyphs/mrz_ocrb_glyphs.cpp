#include "extractors/mrz/glyphs/mrz_ocrb_glyphs.hpp"

#include <array>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>

#include "core/embedded_file.hpp"

namespace kycx::extractors::mrz {

// ocrb_glyphs.txt, compiled in (extractors/mrz/CMakeLists.txt).
std::span<const EmbeddedFile> embedded_glyphs();

namespace {

constexpr size_t kCellPixels = size_t{kOcrbCellWidth} * kOcrbCellHeight;
using GlyphTable = std::array<std::uint8_t, kMrzAlphabet.size() * kCellPixels>;

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  throw std::logic_error(std::string("ocrb_glyphs.txt holds a pixel that is not a hex digit: ") + c);
}

// The glyphs read once from the embedded text; a malformed file is a build
// error in kind, so it throws (the glyph tests catch it).
GlyphTable load_glyphs() {
  GlyphTable table{};
  const std::string_view text = embedded_glyphs().front().text;
  int glyph = -1;
  int row = 0;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    start = end + 1;
    if (line.empty() || line.front() == '#') continue;
    if (line.starts_with("glyph ")) {
      glyph = static_cast<int>(kMrzAlphabet.find(line.substr(6)));
      row = 0;
      if (glyph < 0 || line.size() != 7) throw std::logic_error("ocrb_glyphs.txt names an unknown glyph");
      continue;
    }
    if (glyph < 0 || row >= kOcrbCellHeight || line.size() != size_t{kOcrbCellWidth}) {
      throw std::logic_error("ocrb_glyphs.txt holds a row out of place");
    }
    for (int x = 0; x < kOcrbCellWidth; ++x) {
      table[size_t(glyph) * kCellPixels + size_t(row) * kOcrbCellWidth + size_t(x)] =
          static_cast<std::uint8_t>(hex_value(line[size_t(x)]) * 17);
    }
    ++row;
  }
  return table;
}

}  // namespace

int ocrb_glyph_pixel(int glyph, int x, int y) {
  static const GlyphTable kGlyphs = load_glyphs();
  return kGlyphs[size_t(glyph) * kCellPixels + size_t(y) * kOcrbCellWidth + size_t(x)];
}

}  // namespace kycx::extractors::mrz
