// One document type's JSON Schema (draft 7) with kycx's metadata ("x-kycx":
// per field, review threshold and redaction class; per type, the validation
// rules that run on it). Immutable after loading: share freely between threads.
#pragma once

#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/field.hpp"
#include "core/json.hpp"
#include "schemas/json_schema_check.hpp"

namespace kycx::schemas {

struct FieldSpec {
  std::string name;
  std::string description;
  bool required = false;          // contract section 4: a missing value goes to review
  bool is_array = false;          // transactions, mrz_lines
  double review_threshold = 0.9;  // confidence below which the field goes to review
  std::string redact;             // redaction class before an LLM sees it ("ssn"); empty: none
  // What kind of value it is ("person_name", "organisation_name", "money",
  // "date", "identifier", ...): how readers parse it and how plausible it is.
  std::string kind;
  // The wordings that introduce the value on documents (English, French,
  // Spanish, abbreviations): a new wording is a schema edit.
  std::vector<std::string> labels;
};

// Two fields printed as one range ("Pay period: 04/01/2026 - 04/15/2026")
// under labels of their own.
struct RangeSpec {
  std::string start;
  std::string end;
  std::vector<std::string> labels;
};

// One validation rule as a schema declares it ("x-kycx": {"rules": [...]}):
// validators/ resolves `check` to a check function by name.
struct RuleSpec {
  std::string rule;                 // dotted, stable name: "w2.medicare_tax_rate"
  std::string check;                // the check function's name: "medicare_tax"
  std::vector<std::string> fields;  // properties of the schema, in the order the check takes them
  bool warning = false;             // "severity": "warning" (recorded only) or "error" (sends to review)
  std::string message;              // on failure; "{key}" filled by the check
  std::string review_reason;        // an error's review reason; empty: "check_failed:<rule>"
  // "confirms": true: when it passes, its fields vouch for each other (an
  // arithmetic identity over four printed values does not hold by chance),
  // so another rule's failure is blamed on its other fields.
  bool confirms = false;
};

class DocumentSchema {
 public:
  // Parses a schema file's text; `origin` names it in error messages.
  static Result<DocumentSchema> parse(const std::string& text, const std::string& origin);

  const std::string& type() const { return type_; }  // "passport", from "title"
  const std::string& description() const { return description_; }
  const std::string& version() const { return version_; }  // x-kycx.schema_version
  const std::string& hash() const { return hash_; }        // sha256 of the file's text
  const Json& json() const { return json_; }
  const std::vector<FieldSpec>& fields() const { return fields_; }
  const std::vector<RuleSpec>& rules() const { return rules_; }  // in the order they run
  const std::vector<RangeSpec>& ranges() const { return ranges_; }
  // x-kycx.classification_requires: phrases of which a document must print
  // at least one to be of this type (its form number, its title); empty
  // when the type asks for none. Positive evidence: a 1099 that shares a
  // W-2's box labels but not its title is not a W-2. With
  // x-kycx.classification_requires_labels_of, the labels of those fields
  // count too (a pay stub prints "Net pay" or "Gross pay" in some wording).
  const std::vector<std::string>& required_evidence() const { return required_evidence_; }
  const FieldSpec* field(std::string_view name) const;

  // Validates the non-null values of `fields` against the schema: types,
  // formats and required fields. Thread-safe.
  std::vector<Violation> validate(const FieldSet& fields) const;
  // Same for a plain {"name": value} object.
  std::vector<Violation> validate_values(const Json& values) const;

 private:
  std::string type_;
  std::string description_;
  std::string version_;
  std::string hash_;
  Json json_;
  std::vector<FieldSpec> fields_;
  std::vector<RuleSpec> rules_;
  std::vector<RangeSpec> ranges_;
  std::vector<std::string> required_evidence_;
};

// The plain values of a field set, for schema validation and scoring: nulls
// left out, and array items stripped of their `source` and `confidence`.
Json plain_values(const FieldSet& fields);

}  // namespace kycx::schemas
