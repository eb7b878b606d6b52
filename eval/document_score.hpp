// Scores one document's envelope against its truth: document type, status
// and, for every field the truth file names, whether the prediction is right
// and whether it would have gone out without review. Holds no field values,
// so scores can be shown and stored freely. Plain values; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/envelope.hpp"
#include "eval/dataset.hpp"
#include "eval/packet_match.hpp"
#include "eval/row_match.hpp"
#include "schemas/schema_registry.hpp"

namespace kycx::eval {

inline constexpr const char* kLowConfidence = "low_confidence";

// One scored field: a (document, field) pair whose field is in the truth file.
struct FieldScore {
  std::string field;
  bool truth_null = false;     // the truth says the document does not show it
  bool predicted_null = true;  // no value in the envelope (absent or null)
  bool correct = false;        // normalised prediction == normalised truth
  double confidence = 0.0;     // the envelope's confidence; 0 without a value
  bool review_required = false;
  bool other_review_reason = false;         // a review reason besides low_confidence
  bool eligible = false;                    // document usable and a value with no reason but low_confidence
  bool accepted = false;                    // eligible and review not required: goes out straight through
  std::vector<std::string> review_reasons;  // reason codes, e.g. "check_failed:<rule>"
  std::optional<RowMatch> rows;             // row-level scores for list-of-rows fields

  // Accepted if the review threshold were `threshold` (the trade-off curve).
  bool accepted_at(double threshold) const { return eligible && confidence >= threshold; }
};

// Where a true document sits in its packet, and what it was scored against.
struct PartRef {
  int index = 1;    // among the packet's true documents, from 1
  PageRange pages;  // its true pages
  PartMatch match = PartMatch::kNone;
  std::optional<PageRange> scored_pages;       // pages of the produced document it was scored against
  bool read_as_supported = false;              // a produced document on its pages has a type kycx reads
  bool supported_with_accepted_value = false;  // ... and a value that needs no review
};

struct DocumentScore {
  std::string relative_path;
  std::string truth_type;
  std::string predicted_type;
  DocumentStatus status = DocumentStatus::kNeedsReview;
  std::vector<std::string> error_codes;  // envelope errors, codes only (messages may quote the file)
  std::int64_t pages = 0;
  std::int64_t duration_ms = 0;
  std::vector<FieldScore> fields;  // in truth-file order
  std::optional<PartRef> part;     // set for a document of a packet

  bool type_correct() const { return truth_type == predicted_type; }
  bool rejected() const { return status == DocumentStatus::kRejected; }
  // The file, and for a packet's document its pages: "a/packet.pdf [pages 3-4]".
  std::string display_name() const;
};

// Scores `envelope` against `truth`, comparing values by the rules of the
// truth type's schema in `registry` (guessed from the truth when unknown).
DocumentScore score_document(const LabelledDocument& truth, const Envelope& envelope,
                             const schemas::SchemaRegistry& registry);

}  // namespace kycx::eval
