// Reads passports and identity cards from their machine readable zone
// (ICAO 9303 TD1, TD2, TD3): locates the band on the page image, reads it,
// parses and repairs it with the check digits, and cross-checks the visual
// zone. Thread-safe: no shared state; the context belongs to the caller.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "extractors/common/document_reader.hpp"
#include "extractors/common/extract_context.hpp"
#include "extractors/common/extraction.hpp"
#include "extractors/mrz/mrz_reading.hpp"

namespace kycx::extractors::mrz {

struct MrzReaderOptions {
  int max_pages = 4;  // pages searched for an MRZ, from the first
};

// The best MRZ reading over the document's first pages: the page's words
// (a text layer is exact) and the glyphs of the located bands; nullopt when
// nothing reads as an MRZ.
std::optional<MrzReading> find_mrz(const ExtractContext& context, const MrzReaderOptions& options = {});

// The passport or id_card fields (contract section 4, by `document_type`)
// with their checks, or nullopt when no MRZ could be read on any page.
std::optional<Extraction> read_mrz_document(const ExtractContext& context, std::string_view document_type,
                                            const MrzReaderOptions& options = {});

// The DocumentReader of passports and identity cards (one instance per type).
class MrzDocumentReader final : public DocumentReader {
 public:
  explicit MrzDocumentReader(std::string_view document_type, const MrzReaderOptions& options = {})
      : document_type_(document_type), options_(options) {}
  std::string_view document_type() const override { return document_type_; }
  std::optional<Extraction> read(const Classification& classification, const ExtractContext& context) const override;

 private:
  std::string_view document_type_;
  MrzReaderOptions options_;
};

}  // namespace kycx::extractors::mrz
