// The visual inspection zone of a passport or identity card as OCR words:
// each value printed under its label (travel-document style, labels in one
// to three languages, "1." field numbers on some designs), found by the
// label's English or national wording and the geometry of the upright page.
// Pure; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "core/field.hpp"
#include "ocr/page.hpp"

namespace kycx::extractors::mrz {

struct VisualValue {
  std::string field;        // contract field name: surname, given_names, document_number, date_of_birth,
                            // date_of_expiry, date_of_issue, place_of_birth
  std::string text;         // as printed, words joined by single spaces
  SourceRef source;         // page counted from 1, box, text
  double confidence = 0.0;  // lowest OCR confidence of its words
};

struct VisualZoneOptions {
  int max_pages = 4;  // pages searched, from the first
};

// The labelled values found, at most one per field (the first label with a value below it).
std::vector<VisualValue> read_visual_zone(const std::vector<ocr::Page>& pages, const VisualZoneOptions& options = {});

}  // namespace kycx::extractors::mrz
