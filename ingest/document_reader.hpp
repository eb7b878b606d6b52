// An opened input document: its pages as text layers or grey rasters.
// Implementations are thread-safe: pages of one document may be loaded from
// several threads at once.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include <opencv2/core.hpp>

#include "core/envelope.hpp"
#include "core/error.hpp"
#include "ingest/ingest_limits.hpp"
#include "ingest/media_type.hpp"
#include "ocr/page_text.hpp"

namespace kycx::ingest {

struct PageContent {
  PageInfo info;                            // number, size, unit, dpi, text source
  std::optional<ocr::PageText> text_layer;  // set when the page's own text is usable
  cv::Mat image;                            // grey raster to OCR when there is no usable text layer
};

class DocumentReader {
 public:
  virtual ~DocumentReader() = default;
  virtual MediaType media_type() const = 0;
  virtual int page_count() const = 0;
  // REQUIRES: 0 <= index < page_count().
  virtual Result<PageContent> load_page(int index) const = 0;
  // A grey raster of a page at `dpi` (for images: the image itself), for
  // readers that need pixels even where a text layer exists (barcodes).
  virtual Result<cv::Mat> render_page(int index, int dpi) const = 0;
};

// Opens the bytes as the type they sniff as, enforcing `limits` (pages,
// pixels). Rejects encrypted, corrupt and unsupported files with a message an
// operator can act on. `bytes` is kept alive by the reader.
Result<std::shared_ptr<const DocumentReader>> open_document(std::shared_ptr<const std::string> bytes,
                                                            const IngestLimits& limits);

// Silences the C libraries' own stderr chatter (poppler, Leptonica). Call once at start-up.
void quiet_third_party_diagnostics();

}  // namespace kycx::ingest
