// PNG (png_decoder), JPEG and (multi-page) TIFF (Leptonica), decoded
// straight to memory as grey. Pixel limits are checked from the headers
// before decoding.
// Thread-safe: decoding reads only the shared, immutable bytes.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ingest/document_reader.hpp"

namespace kycx::ingest {

class ImageReader final : public DocumentReader {
 public:
  // REQUIRES: type is kPng, kJpeg or kTiff.
  static Result<std::shared_ptr<const DocumentReader>> open(std::shared_ptr<const std::string> bytes, MediaType type,
                                                            const IngestLimits& limits);

  MediaType media_type() const override { return type_; }
  int page_count() const override { return static_cast<int>(pages_.size()); }
  Result<PageContent> load_page(int index) const override;
  Result<cv::Mat> render_page(int index, int dpi) const override;

 private:
  struct PageHeader {
    int width = 0;
    int height = 0;
    int dpi = 0;  // 0 when the file does not say
  };
  ImageReader(std::shared_ptr<const std::string> bytes, MediaType type, std::vector<PageHeader> pages);
  Result<cv::Mat> decode(int index) const;

  std::shared_ptr<const std::string> bytes_;
  MediaType type_;
  std::vector<PageHeader> pages_;
};

}  // namespace kycx::ingest
