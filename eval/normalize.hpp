// Normalisation before comparison (contract section 5): text folded for case
// and white space, dates and money in canonical form, list items one by one,
// rows reduced to the compared keys. Two values are equal for scoring when
// their normalised forms are equal. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/json.hpp"
#include "eval/field_rule.hpp"

namespace kycx::eval {

// Trimmed, runs of white space as one space, ASCII letters upper-cased.
std::string normalize_text(std::string_view text);

// Cents of a plain decimal ("-1234.5", "+12", " 7.500 "); nullopt for
// anything else (separators, currency signs, a third non-zero decimal).
std::optional<std::int64_t> parse_money_cents(std::string_view text);

// One scalar as a comparable string; null stays null. Numbers are accepted
// where text is expected; a date or amount that does not parse is compared
// as text, so it only matches the same text.
Json normalize_scalar(const Json& value, ValueKind kind);

// Any value under `rule`: lists item by item, rows as objects holding exactly
// the rule's keys (absent keys as null; "source", "confidence" dropped). A
// value of the wrong shape (a string where a list is expected) is normalised
// as text, so it never equals a list.
Json normalize_value(const Json& value, const FieldRule& rule);

}  // namespace kycx::eval
