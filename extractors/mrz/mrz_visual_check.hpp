// Compares what the MRZ says with what the visual inspection zone prints:
// names after ICAO 9303 transliteration (Müller -> MUELLER; OCR that drops
// the umlaut also agrees), dates in the zone's printed styles (28 SEP/SEPT 71,
// 28.09.1971, 28 09 1971), document numbers with letter/digit look-alikes
// folded. Only a confident reading that is not an OCR near-miss counts as a
// conflict. Pure function; thread-safe.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/envelope.hpp"
#include "core/value_format.hpp"
#include "extractors/common/identity_dates.hpp"
#include "extractors/mrz/mrz_visual_zone.hpp"
#include "ocr/page.hpp"

namespace kycx::extractors::mrz {

struct VisualCheckOptions {
  double min_conflict_confidence = 0.85;  // OCR confidence a differing reading needs to count as a conflict
  bool name_truncated = false;            // the MRZ name fills its field: the zone may print more of it
};

struct VisualCheck {
  std::string field;
  CheckResult result = CheckResult::kSkipped;  // pass: agrees; fail: prints another value; skipped: not readable
  std::optional<SourceRef> visual_source;      // where the zone shows the value compared
  std::string message;                         // why it failed or was skipped; no personal data
};

// One check per field of `mrz_values` (contract field -> canonical value)
// that the zone can show: surname, given_names, document_number,
// date_of_birth, date_of_expiry; others are ignored. When no labelled value
// was read, the MRZ value is searched among all the words of `pages`.
std::vector<VisualCheck> check_against_visual(const std::map<std::string, std::string>& mrz_values,
                                              const std::vector<VisualValue>& visual,
                                              const std::vector<ocr::Page>& pages,
                                              const VisualCheckOptions& options = {});

// A printed name as the MRZ would hold it, letters only: ICAO 9303
// transliteration (`plain` = false: Ä -> AE, Å -> AA, ß -> SS) or the
// diacritics simply dropped (`plain` = true: Ä -> A).
std::string mrz_name_key(std::string_view printed, bool plain = false);

}  // namespace kycx::extractors::mrz
