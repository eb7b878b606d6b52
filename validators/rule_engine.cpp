#include "validators/rule_engine.hpp"

#include <algorithm>
#include <set>

#include "validators/rule_catalog.hpp"

namespace kycx::validators {

namespace {

bool covers(const Check& check, std::string_view field) {
  return std::find(check.fields.begin(), check.fields.end(), field) != check.fields.end();
}

void withdraw(ReviewState& review, const std::string& reason) {
  const auto it = std::find(review.reasons.begin(), review.reasons.end(), reason);
  if (it == review.reasons.end()) return;
  review.reasons.erase(it);
  if (review.reasons.empty()) review.required = false;
}

// The review reason a failed check gives its fields; empty for none.
std::string failure_reason(const Check& check, const Rule* rule) {
  if (rule == nullptr) return "check_failed:" + check.rule;
  return rule->severity == Severity::kError ? rule->failure_reason() : std::string();
}

}  // namespace

std::vector<RuleRun> run_rules(std::span<const Rule> rules, const FieldSet& fields, std::string_view document_type,
                               const ValidationOptions& options, Date today) {
  std::vector<RuleRun> runs;
  runs.reserve(rules.size());
  for (const Rule& rule : rules) {
    const RuleInput input(fields, rule.fields, document_type, today, options);
    const RuleOutcome outcome = rule.check != nullptr ? rule.check(input) : skipped("the rule has no check function");
    std::string message;
    if (outcome.result == CheckResult::kFail) message = render_message(rule.message, outcome.details);
    if (outcome.result == CheckResult::kSkipped) message = outcome.skip_reason;
    runs.push_back({&rule, Check{rule.name, outcome.result, rule.fields, std::move(message)}});
  }
  return runs;
}

void apply_rules(Envelope& envelope, const ValidationOptions& options, Date today) {
  if (envelope.status == DocumentStatus::kRejected) return;
  const auto rules = rules_for(envelope.document_type);
  const auto runs = run_rules(rules, envelope.fields, envelope.document_type, options, today);

  std::vector<Check> checks;
  std::vector<const Rule*> check_rules;  // the rule behind each check; nullptr for an extractor's
  for (auto& check : envelope.checks) {
    const bool replaced =
        std::any_of(runs.begin(), runs.end(), [&](const RuleRun& r) { return r.check.rule == check.rule; });
    if (replaced) continue;
    checks.push_back(std::move(check));
    check_rules.push_back(nullptr);
  }
  for (const auto& run : runs) {
    checks.push_back(run.check);
    check_rules.push_back(run.rule);
  }

  // Fields a passing confirming rule vouches for: a failure of another rule
  // is blamed on that rule's other fields, when it has any.
  std::set<std::string> confirmed;
  for (size_t i = 0; i < checks.size(); ++i) {
    if (check_rules[i] != nullptr && check_rules[i]->confirms && checks[i].result == CheckResult::kPass) {
      confirmed.insert(checks[i].fields.begin(), checks[i].fields.end());
    }
  }
  auto blamed = [&](const Check& check, const std::string& name) {
    if (!confirmed.contains(name)) return true;
    return std::all_of(check.fields.begin(), check.fields.end(),
                       [&](const std::string& f) { return confirmed.contains(f); });
  };
  for (auto& [name, field] : envelope.fields) {
    // Withdraw first, then add: two rules may give the same reason.
    for (size_t i = 0; i < checks.size(); ++i) {
      if (check_rules[i] != nullptr && checks[i].result != CheckResult::kFail && covers(checks[i], name)) {
        withdraw(field.review, check_rules[i]->failure_reason());
      }
    }
    field.evidence.checks_passed = 0;
    field.evidence.checks_failed = 0;
    for (size_t i = 0; i < checks.size(); ++i) {
      if (!covers(checks[i], name)) continue;
      if (checks[i].result == CheckResult::kPass) ++field.evidence.checks_passed;
      if (checks[i].result != CheckResult::kFail || !blamed(checks[i], name)) continue;
      ++field.evidence.checks_failed;
      if (auto reason = failure_reason(checks[i], check_rules[i]); !reason.empty()) field.review.add(std::move(reason));
    }
  }
  envelope.checks = std::move(checks);
}

}  // namespace kycx::validators
