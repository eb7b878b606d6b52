// PDF documents through poppler-cpp: per page, the text layer's words with
// their boxes when usable, else a grey render for OCR.
// Thread-safe: a poppler document is used by one thread at a time, so pages
// loaded from several threads each get their own parsed copy of the bytes
// (made on demand, kept for reuse): scanned pages render in parallel.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

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
  // A parsed document for the calling thread alone; back to the idle list
  // when the lease ends.
  class DocumentLease;
  DocumentLease lease() const;

  Result<cv::Mat> render(poppler::document& doc, int index, double dpi) const;

  std::shared_ptr<const std::string> bytes_;  // poppler reads from these bytes; keep them alive
  int page_count_;
  IngestLimits limits_;
  mutable std::mutex mutex_;                                      // guards idle_
  mutable std::vector<std::unique_ptr<poppler::document>> idle_;  // parsed copies not in use
};

}  // namespace kycx::ingest
