// Helpers for the validator tests: a FieldSet from plain values and one
// check function run over it on a fixed day. Synthetic data only.
#pragma once

#include <string>
#include <vector>

#include "core/field.hpp"
#include "core/json.hpp"
#include "validators/rule.hpp"

namespace kycx::validators::testing {

inline constexpr Date kToday{2026, 11, 23};

// One field per member of `values`; a null member gives a missing field.
inline FieldSet fields_of(const Json& values) {
  FieldSet fields;
  for (const auto& [name, value] : values.items()) {
    Field field;
    field.value = value;
    field.confidence = value.is_null() ? 0.0 : 0.99;
    fields.set(name, std::move(field));
  }
  return fields;
}

// Runs `check` with `covered` as its arguments.
inline RuleOutcome run(RuleCheck check, const std::vector<std::string>& covered, const Json& values,
                       const ValidationOptions& options = {}, Date today = kToday) {
  const FieldSet fields = fields_of(values);
  return check(RuleInput(fields, covered, "test", today, options));
}

// The outcome's detail `key`, or "" when absent.
inline std::string detail(const RuleOutcome& outcome, const std::string& key) {
  for (const auto& [k, v] : outcome.details) {
    if (k == key) return v;
  }
  return "";
}

}  // namespace kycx::validators::testing
