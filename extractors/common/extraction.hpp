// What the extraction stage produces for one document: its type, fields and
// the checks the readers ran themselves (check digits). Value type.
#pragma once

#include <string>
#include <vector>

#include "core/envelope.hpp"
#include "core/field.hpp"
#include "extractors/common/barcode_hit.hpp"

namespace kycx::extractors {

struct Classification {
  std::string document_type = kUnknownDocumentType;
  double confidence = 0.0;           // probability the type is right
  std::vector<std::string> signals;  // what decided it ("mrz:td3", "keywords:w2"), for explanation
  std::vector<BarcodeHit> barcodes;  // PDF417 symbols seen while classifying, for the readers
};

struct Extraction {
  FieldSet fields;
  std::vector<Check> checks;
  std::vector<std::string> extractors;  // names of the readers that produced values
};

}  // namespace kycx::extractors
