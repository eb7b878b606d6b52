// Decides a document's type from what its pages show: a machine-readable zone
// (passport / ID card), an AAMVA barcode (driver's licence), then the
// vocabulary of each type's printed labels. Stateless; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "extractors/common/extract_context.hpp"
#include "extractors/common/extraction.hpp"

namespace kycx::extractors {

struct ClassifierOptions {
  double min_confidence = 0.6;           // below this the document is `unknown` (and goes to review)
  int max_barcode_pages = 4;             // documents longer than this are not searched for a licence barcode
  double skip_barcode_confidence = 0.9;  // vocabulary this sure of another type skips the barcode search
  double skip_band_confidence =
      0.9;  // vocabulary this sure of a statement, pay stub, bill or W-2 skips the MRZ band search
};

// Scores of the vocabulary test per type (exposed for tests and tuning).
struct TypeScore {
  std::string type;
  double score = 0;
  std::vector<std::string> matched;  // phrases found
};
std::vector<TypeScore> keyword_scores(const std::vector<ocr::Page>& pages);

// MRZ-like lines in the OCR text: count and typical length (0 when none).
struct MrzSighting {
  int lines = 0;
  int length = 0;
};
MrzSighting sight_mrz(const std::vector<ocr::Page>& pages);

Classification classify_document(const ExtractContext& context, const ClassifierOptions& options = {});

}  // namespace kycx::extractors
