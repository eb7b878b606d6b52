#include "validators/rule_catalog.hpp"

#include "schemas/schema_registry.hpp"
#include "validators/rule_checks.hpp"

namespace kycx::validators {

namespace {

// A rule whose check this kycx does not have: always skipped, saying so.
RuleOutcome unknown_check(const RuleInput& /*input*/) {
  return skipped("this kycx has no check of that name; upgrade kycx or correct the schema");
}

Rule rule_of(const schemas::RuleSpec& spec) {
  RuleCheck check = find_check(spec.check);
  return Rule{spec.rule,
              spec.fields,
              spec.warning ? Severity::kWarning : Severity::kError,
              spec.message,
              check != nullptr ? check : unknown_check,
              spec.review_reason,
              spec.confirms};
}

// The rules of every built-in type, from its schema (x-kycx.rules). Checks
// of two readings (consistency.mrz_viz.*, consistency.barcode_front.*) are
// run by the extractors, which hold both readings; apply_rules keeps them.
struct Catalog {
  std::vector<std::pair<std::string, std::vector<Rule>>> types;
};

const Catalog& catalog() {
  static const Catalog kCatalog = [] {
    Catalog c;
    for (const schemas::DocumentSchema& schema : schemas::SchemaRegistry::builtin().all()) {
      if (schema.rules().empty()) continue;
      std::vector<Rule> rules;
      for (const schemas::RuleSpec& spec : schema.rules()) rules.push_back(rule_of(spec));
      c.types.emplace_back(schema.type(), std::move(rules));
    }
    return c;
  }();
  return kCatalog;
}

}  // namespace

std::span<const Rule> rules_for(std::string_view document_type) {
  for (const auto& [type, rules] : catalog().types) {
    if (type == document_type) return rules;
  }
  return {};
}

std::vector<std::string> types_with_rules() {
  std::vector<std::string> out;
  for (const auto& entry : catalog().types) out.push_back(entry.first);
  return out;
}

std::optional<Severity> rule_severity(std::string_view rule) {
  for (const auto& entry : catalog().types) {
    for (const auto& r : entry.second) {
      if (r.name == rule) return r.severity;
    }
  }
  return std::nullopt;
}

bool uses_unknown_check(const Rule& rule) {
  return rule.check == unknown_check;
}

}  // namespace kycx::validators
