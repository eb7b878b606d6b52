// The result envelope: one per input file (contract section 2), with its JSON
// form. Plain value type; not synchronised.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/field.hpp"
#include "core/json.hpp"

namespace kycx {

inline constexpr const char* kEnvelopeVersion = "1";
inline constexpr const char* kUnknownDocumentType = "unknown";

enum class DocumentStatus { kAccepted, kNeedsReview, kRejected };
std::string_view to_string(DocumentStatus status);
std::optional<DocumentStatus> status_from_string(std::string_view name);

enum class CheckResult { kPass, kFail, kSkipped };
std::string_view to_string(CheckResult result);

// The outcome of one validation rule over one document.
struct Check {
  std::string rule;  // "mrz.check_digit.date_of_birth"
  CheckResult result = CheckResult::kSkipped;
  std::vector<std::string> fields;  // fields the rule covers
  std::string message;              // empty on pass; says what is wrong otherwise
};

struct SourceInfo {
  std::string file_name;
  std::string relative_path;
  std::string media_type;  // sniffed from the bytes, e.g. "application/pdf"
  std::uint64_t bytes = 0;
  int page_count = 0;
};

enum class TextSource { kOcr, kTextLayer };
std::string_view to_string(TextSource source);

struct PageInfo {
  int page = 1;
  double width = 0;  // in `unit`
  double height = 0;
  std::string unit = "px";  // "px" for images and rendered pages, "pt" for text layers
  double dpi = 0;           // 0 when the file does not say
  TextSource text_source = TextSource::kOcr;
  int rotation = 0;  // degrees clockwise applied to make the page upright
  double skew = 0;   // degrees of deskew applied
};

// Where a document sits in a file holding several (contract section 7): the
// file's sha256, the document's place among them (from 1) and its pages (the
// file's own page numbers, inclusive).
struct PacketRef {
  std::string id;
  int index = 1;
  int count = 1;
  int first_page = 1;
  int last_page = 1;
};

// Something that went wrong with the document, in words an ops person can act on.
struct EnvelopeError {
  std::string code;  // ErrorCode name, e.g. "encrypted"
  std::string message;
  std::string stage;  // where it happened: "ingest", "ocr", ...
};

struct Provenance {
  std::string kycx_version;
  std::vector<std::string> extractors;  // extractors that produced values
  Json llm;                             // null when no model was used
  std::string started_at;               // ISO 8601 UTC
  std::int64_t duration_ms = 0;
  std::map<std::string, double> stage_ms;  // CPU-side wall time per pipeline stage
};

struct Envelope {
  std::string envelope_version = kEnvelopeVersion;
  std::string document_id;          // sha256 hex of the file's bytes; "<packet id>:<index>" inside a packet
  std::optional<PacketRef> packet;  // set only for a document of a file that holds several
  SourceInfo source;
  std::vector<PageInfo> pages;
  std::string document_type = kUnknownDocumentType;
  double classification_confidence = 0.0;
  DocumentStatus status = DocumentStatus::kNeedsReview;
  FieldSet fields;
  std::vector<Check> checks;
  ReviewState review;
  Provenance provenance;
  std::vector<EnvelopeError> errors;

  Json to_json() const;
  static Result<Envelope> from_json(const Json& json);

  // Marks the envelope rejected with one error.
  void reject(const Error& error, std::string stage);
};

Json to_json(const Field& field);
Json to_json(const PacketRef& packet);
Result<Field> field_from_json(const Json& json);

}  // namespace kycx
