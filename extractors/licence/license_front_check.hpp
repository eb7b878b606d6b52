// Compares the values a licence's barcode holds with what its printed front
// shows, field by field: the front's reading when there is one, else the
// barcode's value searched for among the front's words (OCR-tolerant). Only a
// confident reading that is not an OCR near-miss, and for numbers and dates
// one read beside its label, counts as a conflict. Pure function; thread-safe.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/envelope.hpp"
#include "extractors/licence/license_front_reader.hpp"

namespace kycx::extractors::licence {

struct FrontCheckOptions {
  double min_conflict_confidence = 0.85;  // OCR confidence a differing front reading needs to count as a conflict
};

struct FrontCheck {
  std::string field;
  CheckResult result = CheckResult::kSkipped;  // pass: the front agrees; fail: it shows another value;
                                               // skipped: not readable on the front
  std::optional<SourceRef> front_source;       // where the front shows the value compared
  std::string message;                         // why it failed or was skipped; no personal data
};

// One check per field of `barcode_values` (contract field -> canonical value).
std::vector<FrontCheck> check_against_front(const std::map<std::string, std::string>& barcode_values,
                                            const LicenseFront& front, const FrontCheckOptions& options = {});

}  // namespace kycx::extractors::licence
