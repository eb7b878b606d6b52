// Reads the printed front of a US or Canadian driver's licence from OCR
// words: licence number, names, address, dates and sex, by their labels
// ("DL", "LN", "DOB", "4b EXP", ...) where OCR kept them and by layout where
// it did not (dates ordered birth < issue < expiry; the address block ends in
// "CITY, ST ZIP"). Pure function of the words; thread-safe.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/field.hpp"
#include "ocr/page.hpp"

namespace kycx::extractors::licence {

struct FrontWord {
  std::string text;
  BBox box;
  double confidence = 1.0;
};

struct FrontLine {
  int page = 1;  // counted from 1
  std::vector<FrontWord> words;
  std::string text() const;
};

struct FrontValue {
  std::string value;        // canonical form (contract section 2)
  SourceRef source;         // page, box and raw text of the words read
  double confidence = 0.0;  // lowest OCR confidence of those words
  bool labelled = false;    // read next to its label, not only placed by layout
};

struct LicenseFront {
  std::vector<FrontLine> lines;              // the front's words, barcode region excluded
  std::map<std::string, FrontValue> fields;  // contract field -> value read
  std::string country;                       // "USA", "CAN" or "" as the card suggests

  const FrontValue* field(std::string_view name) const;
};

struct LicenseFrontOptions {
  int exclude_page = -1;     // 0-based page holding a region without front text (the barcode); -1: none
  BBox exclude_box = {};     // that region, normalised
  std::string country = {};  // "USA" or "CAN" when known (from the barcode); "" to infer from the card
  int max_pages = 4;         // pages read, from the first
};

LicenseFront read_license_front(const std::vector<ocr::Page>& pages, const LicenseFrontOptions& options = {});

}  // namespace kycx::extractors::licence
