// Limits that keep one hostile or broken file from exhausting the machine.
// Plain struct.
#pragma once

#include <cstdint>

namespace kycx::ingest {

struct IngestLimits {
  std::uint64_t max_file_bytes = 64ull << 20;  // bytes per input file (64 MiB)
  int max_pages = 100;                         // pages per document
  double max_page_pixels = 60e6;               // pixels per page image (decompression bombs)
  double max_page_aspect = 50;                 // longest side / shortest side of a page (a strip is no page)
  int render_dpi = 300;                        // pixels per inch for rendering scanned PDF pages
  int min_render_dpi = 100;                    // lowest resolution a huge PDF page is rendered at
};

}  // namespace kycx::ingest
