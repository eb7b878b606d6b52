// One extracted value with its provenance (contract section 2, "fields").
// Plain value types: copy freely, share read-only between threads.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/geometry.hpp"
#include "core/json.hpp"

namespace kycx {

// How a value was read. `kReview` means a person set it.
enum class Method { kMrz, kBarcode, kTextLayer, kOcrRules, kLlm, kReview };

std::string_view to_string(Method method);
std::optional<Method> method_from_string(std::string_view name);

// One place a value was read: page counted from 1, normalised box, raw text.
struct SourceRef {
  int page = 1;
  BBox bbox;
  std::string text;
};

// Whether a person must look at something, and the short reason codes why
// (`missing`, `low_confidence`, `check_failed:<rule>`, `conflict`, ...).
struct ReviewState {
  bool required = false;
  std::vector<std::string> reasons;

  // Marks review required and records the reason once.
  void add(std::string reason);
};

// What the confidence model sees about a value. Extractors fill what they know;
// validators add check outcomes. Never serialised as the confidence itself.
struct FieldEvidence {
  double ocr_confidence = 1.0;  // lowest word confidence of the words used, [0, 1]
  int readings = 1;             // independent readings of the value (MRZ, visual zone, ...)
  bool readings_agree = true;   // false when two readings disagree
  bool self_checked = false;    // a check digit or checksum inside the value passed
  bool repaired = false;        // characters were changed to satisfy a check digit
  int checks_passed = 0;        // rules covering this field that passed
  int checks_failed = 0;        // rules covering this field that failed
  bool by_position = false;     // found by where it stands (a masthead, an address block), no label names it
  bool generic = false;         // read by the generic labelled-value reader or the masthead, not the type's own reader
  // What a second, independent reader (the generic labelled-value reader
  // beside a type's own, for types whose schema lists labels) made of the
  // same field: no second reader ran, it found no value, the same value or
  // another one.
  enum class SecondReading { kNone, kSilent, kAgrees, kDisagrees };
  SecondReading second_reading = SecondReading::kNone;
};

struct Field {
  Json value;               // null when the document does not show the field
  double confidence = 0.0;  // calibrated probability that `value` is right
  Method method = Method::kOcrRules;
  std::vector<SourceRef> source;
  ReviewState review;
  FieldEvidence evidence;

  bool missing() const { return value.is_null(); }
};

// Fields in a stable order (the schema's), addressable by name.
class FieldSet {
 public:
  // Replaces the field if it exists, else appends it.
  void set(const std::string& name, Field field);
  Field* find(std::string_view name);
  const Field* find(std::string_view name) const;
  bool contains(std::string_view name) const { return find(name) != nullptr; }
  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

  auto begin() { return entries_.begin(); }
  auto end() { return entries_.end(); }
  auto begin() const { return entries_.begin(); }
  auto end() const { return entries_.end(); }

 private:
  std::vector<std::pair<std::string, Field>> entries_;
};

}  // namespace kycx
