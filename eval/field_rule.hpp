// How one field's values are compared: as text, dates, money, an ordered list
// or a list of rows (contract section 5: exact match after normalisation).
// Taken from the type's JSON Schema, else guessed from the truth value.
// Plain values and pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/json.hpp"
#include "schemas/document_schema.hpp"

namespace kycx::eval {

enum class ValueKind {
  kText,   // case and white space folded
  kDate,   // canonical YYYY-MM-DD
  kMoney,  // compared as cents: "1234.5" == "1234.50"
  kList,   // ordered list of `item_kind` values (mrz_lines)
  kRows,   // list of objects compared on `row_keys` only (transactions)
};

struct FieldRule {
  ValueKind kind = ValueKind::kText;
  ValueKind item_kind = ValueKind::kText;                        // kList: kind of each item
  std::vector<std::pair<std::string, ValueKind>> row_keys = {};  // kRows: compared keys, in order
};

// The kind of one JSON Schema property ("format": "date", the money pattern,
// "anyOf" with null); kText when it says nothing we know.
ValueKind kind_of_property(const Json& property);

// The rule for `field`: from `schema` when it describes the field (schema may
// be null), else guessed from the shape of `truth`.
FieldRule field_rule_for(const schemas::DocumentSchema* schema, std::string_view field, const Json& truth);

}  // namespace kycx::eval
