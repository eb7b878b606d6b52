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
  // Lower sends fewer documents to review as `unknown`, and types more wrongly.
  double min_confidence = 0.6;  // below this the document is `unknown` (and goes to review)
  // Score per field of a type's schema whose label (two words or more, any
  // language the schema lists) is printed: positive evidence for the type
  // beyond the English vocabulary.
  double label_weight = 1.0;
  // The searches in the pixels are slow; skipping them when the words are sure
  // saves time and misses a licence or passport whose words mislead.
  int max_barcode_pages = 4;             // documents longer than this are not searched for a licence barcode
  double skip_barcode_confidence = 0.9;  // vocabulary this sure of another type skips the barcode search
  double skip_band_confidence = 0.9;     // vocabulary this sure of a type without an MRZ skips the band search

  // An MRZ line in the OCR text: looser bounds see more mangled MRZs, and
  // take more lines of other text (codes, filler rows of forms) for one.
  int min_mrz_line = 26;  // characters, spaces removed
  int max_mrz_line = 48;
  int min_mrz_fillers = 2;       // '<' in the line
  double min_mrz_charset = 0.9;  // share of A-Z, 0-9 and '<'
  int min_passport_line = 40;    // mean length of two sighted lines that make a passport (TD3: 44)
  int max_td1_line = 32;         // mean length up to which two lines make a TD1 card (30), else TD2 (36)
};

// Scores of the vocabulary test per type (exposed for tests and tuning).
struct TypeScore {
  std::string type;
  double score = 0;
  std::vector<std::string> matched;  // phrases found
};
std::vector<TypeScore> keyword_scores(const std::vector<ocr::Page>& pages, const ClassifierOptions& options = {});

// MRZ-like lines in the OCR text: count and typical length (0 when none).
struct MrzSighting {
  int lines = 0;
  int length = 0;
};
MrzSighting sight_mrz(const std::vector<ocr::Page>& pages, const ClassifierOptions& options = {});

Classification classify_document(const ExtractContext& context, const ClassifierOptions& options = {});

// What the words alone say (MRZ lines in the OCR text, then the vocabulary),
// without the searches in the pixels: cheap enough for every page of a packet.
// Out-of-scope vocabulary gives `unknown` with signals "out_of_scope:<phrase>";
// nothing conclusive gives `unknown` with the signal "keywords:inconclusive".
Classification classify_words(const std::vector<ocr::Page>& pages, const ClassifierOptions& options = {});

}  // namespace kycx::extractors
