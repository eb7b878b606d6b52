// PDF documents through poppler-cpp: per page, the text layer's words with
// their boxes when usable, else a grey render for OCR.
// Thread-safe: poppler calls on one document are serialised by a mutex.
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include "ingest/document_reader.hpp"

namespace poppler {
class document;
}

namespace kycx::ingest {

class PdfReader final : public DocumentReader {
 public:
  static Result<std::shared_ptr<const DocumentReader>> open(std::shared_ptr<const std::string> bytes,
                                                            const IngestLimits& limits);
  ~PdfReader() override;

  MediaType media_type() const override { return MediaType::kPdf; }
  int page_count() const override { return page_count_; }
  Result<PageContent> load_page(int index) const override;
  Result<cv::Mat> render_page(int index, int dpi) const override;

 private:
  PdfReader(std::shared_ptr<const std::string> bytes, std::unique_ptr<poppler::document> doc, int pages,
            const IngestLimits& limits);
  // REQUIRES: mutex_ held.
  Result<cv::Mat> render_locked(int index, double dpi) const;
  // `preview` (may be empty) decides which words can be seen.
  Result<ocr::PageText> text_layer_locked(int index, double width_pt, double height_pt, const cv::Mat& preview) const;

  std::shared_ptr<const std::string> bytes_;  // poppler reads from these bytes; keep them alive
  std::unique_ptr<poppler::document> doc_;
  int page_count_;
  IngestLimits limits_;
  mutable std::mutex mutex_;
};

}  // namespace kycx::ingest
