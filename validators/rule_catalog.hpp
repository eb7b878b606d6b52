// Which validation rules apply to which document type: the rules each
// built-in schema declares (x-kycx.rules in schemas/types/), their checks
// found by name (rule_checks.hpp). Built once on first use and immutable
// afterwards: thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "validators/rule.hpp"

namespace kycx::validators {

// The rules of `document_type` in the order they run; empty for a type
// without rules ("unknown", or a schema added from a folder at run time).
std::span<const Rule> rules_for(std::string_view document_type);

// The document types that have rules, in catalog order.
std::vector<std::string> types_with_rules();

// The severity of the rule named `rule` (the same in every type that
// declares it); nullopt for checks no rule declares, such as the
// extractors' consistency.* checks.
std::optional<Severity> rule_severity(std::string_view rule);

// Whether `rule` names a check this kycx does not have (it is then always
// skipped, saying so).
bool uses_unknown_check(const Rule& rule);

}  // namespace kycx::validators
