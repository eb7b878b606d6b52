// Combines the model's fields with the deterministic extractors' for one
// document. A value only the model found is taken (method llm). Where both
// found one, the deterministic value stays: agreement counts as a second
// reading, disagreement is a `conflict` for review. An MRZ value whose check
// digits passed, or a barcode value, is never challenged by the model. Pure.
#pragma once

#include <string>
#include <vector>

#include "core/field.hpp"
#include "core/json.hpp"

namespace kycx::llm {

struct MergeReport {
  std::vector<std::string> filled;     // fields only the model found
  std::vector<std::string> agreed;     // both found the same value
  std::vector<std::string> conflicts;  // both found different values: sent to review
  std::vector<std::string> overruled;  // the model disagreed with a checked MRZ or barcode value

  Json to_json() const;
};

// Whether two values are the same value: text compared without case,
// spacing or punctuation; arrays item by item (array items' source and
// confidence ignored).
bool same_value(const Json& a, const Json& b);

MergeReport merge_fields(FieldSet& deterministic, const FieldSet& llm);

}  // namespace kycx::llm
