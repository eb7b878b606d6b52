#include "eval/field_rule.hpp"

#include "core/value_format.hpp"

namespace kycx::eval {

namespace {

// The money pattern of every schema (contract section 2: "-1234.50").
constexpr std::string_view kMoneyPattern = "^-?[0-9]{1,12}\\.[0-9]{2}$";

// The alternative of an "anyOf" that is not {"type": "null"}.
const Json* non_null_alternative(const Json& property) {
  if (!property.contains("anyOf") || !property["anyOf"].is_array()) return &property;
  for (const Json& alternative : property["anyOf"]) {
    if (alternative.is_object() && alternative.value("type", Json()) != "null") return &alternative;
  }
  return &property;
}

ValueKind guess_scalar_kind(const Json& value) {
  if (!value.is_string()) return ValueKind::kText;
  const std::string text = value.get<std::string>();
  if (parse_canonical_date(text)) return ValueKind::kDate;
  if (parse_canonical_money(text)) return ValueKind::kMoney;
  return ValueKind::kText;
}

FieldRule guess_rule(const Json& truth) {
  FieldRule rule;
  if (!truth.is_array()) {
    rule.kind = guess_scalar_kind(truth);
    return rule;
  }
  const bool rows = !truth.empty() && truth.front().is_object();
  if (!rows) {
    rule.kind = ValueKind::kList;
    if (!truth.empty()) rule.item_kind = guess_scalar_kind(truth.front());
    return rule;
  }
  rule.kind = ValueKind::kRows;
  for (const Json& item : truth) {
    if (!item.is_object()) continue;
    for (const auto& [key, value] : item.items()) {
      bool known = false;
      for (auto& [k, kind] : rule.row_keys) {
        if (k != key) continue;
        known = true;
        if (kind == ValueKind::kText && !value.is_null()) kind = guess_scalar_kind(value);
      }
      if (!known) rule.row_keys.emplace_back(key, guess_scalar_kind(value));
    }
  }
  return rule;
}

}  // namespace

ValueKind kind_of_property(const Json& property) {
  const Json& p = *non_null_alternative(property);
  if (!p.is_object()) return ValueKind::kText;
  if (p.value("format", "") == "date") return ValueKind::kDate;
  if (p.value("pattern", "") == kMoneyPattern) return ValueKind::kMoney;
  return ValueKind::kText;
}

FieldRule field_rule_for(const schemas::DocumentSchema* schema, std::string_view field, const Json& truth) {
  if (schema == nullptr) return guess_rule(truth);
  const Json& json = schema->json();
  if (!json.contains("properties") || !json["properties"].is_object()) return guess_rule(truth);
  const Json& properties = json["properties"];
  const auto found = properties.find(std::string(field));
  if (found == properties.end() || !found->is_object()) return guess_rule(truth);
  const Json& property = *non_null_alternative(*found);
  FieldRule rule;
  if (property.value("type", Json()) != "array") {
    rule.kind = kind_of_property(property);
    return rule;
  }
  const Json items = property.value("items", Json::object());
  if (items.value("type", Json()) == "object" && items.contains("properties") && items["properties"].is_object()) {
    rule.kind = ValueKind::kRows;
    for (const auto& [key, item_property] : items["properties"].items()) {
      rule.row_keys.emplace_back(key, kind_of_property(item_property));
    }
    return rule;
  }
  rule.kind = ValueKind::kList;
  rule.item_kind = kind_of_property(items);
  return rule;
}

}  // namespace kycx::eval
