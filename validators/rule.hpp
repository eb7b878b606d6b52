// A validation rule: a stable dotted name, the fields it reads and vouches
// for, a severity, a message template and a pure check function, plus the
// view of a document a check function reads. Rules are immutable values:
// share them freely between threads. A RuleInput is a short-lived view that
// borrows its FieldSet and options.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/envelope.hpp"
#include "core/field.hpp"
#include "core/value_format.hpp"
#include "validators/validation_options.hpp"

namespace kycx::validators {

enum class Severity {
  kError,    // a failure sends the covered fields to review (`check_failed:<rule>` or the rule's own reason)
  kWarning,  // a failure is recorded in `checks` and in field evidence only
};
std::string_view to_string(Severity severity);

// Named values filling a rule's message template: {{"expiry", "2026-01-31"}}.
// Rules put dates, amounts and counts here, never SSNs or account numbers.
using MessageDetails = std::vector<std::pair<std::string, std::string>>;

struct RuleOutcome {
  CheckResult result = CheckResult::kSkipped;
  MessageDetails details;   // kFail: fills the rule's message template
  std::string skip_reason;  // kSkipped: why, in plain English ("date_of_expiry is missing")
};

RuleOutcome passed();
RuleOutcome failed(MessageDetails details = {});
RuleOutcome skipped(std::string why);

// What a check function sees: the document's fields, addressed through the
// rule's covered fields by position (the rule's `fields[i]` is argument i),
// the document type, today's date and the options.
class RuleInput {
 public:
  RuleInput(const FieldSet& fields, std::span<const std::string> covered, std::string_view document_type, Date today,
            const ValidationOptions& options);

  // How many fields the rule covers.
  size_t size() const { return covered_.size(); }
  // The name of argument i; empty when the rule covers fewer fields.
  std::string_view name(size_t i) const;
  // Argument i's value; nullptr when the field is absent or null.
  const Json* value(size_t i) const;
  // Argument i as a string, a canonical date, or canonical money in cents;
  // nullopt when missing or not in that form.
  std::optional<std::string> text(size_t i) const;
  std::optional<Date> date(size_t i) const;
  std::optional<std::int64_t> money(size_t i) const;

  // A skipped outcome saying why argument i cannot be used (missing, or not
  // in canonical form: the schema check reports the format itself).
  RuleOutcome unusable(size_t i) const;

  std::string_view document_type() const { return document_type_; }
  Date today() const { return today_; }
  const ValidationOptions& options() const { return *options_; }

 private:
  const FieldSet* fields_;
  std::span<const std::string> covered_;
  std::string_view document_type_;
  Date today_;
  const ValidationOptions* options_;
};

using RuleCheck = RuleOutcome (*)(const RuleInput&);

struct Rule {
  std::string name;                 // dotted and stable: "w2.social_security_tax_rate"
  std::vector<std::string> fields;  // read and vouched for, in the order `check` takes them
  Severity severity = Severity::kError;
  std::string message;  // on failure; "{key}" is replaced by the outcome's detail `key`
  RuleCheck check = nullptr;
  std::string review_reason;  // an error's reason on the covered fields; empty: "check_failed:<name>"
  bool confirms = false;      // passing, its fields vouch for each other (schemas::RuleSpec::confirms)

  // The review reason a failure of this rule gives its fields.
  std::string failure_reason() const { return review_reason.empty() ? "check_failed:" + name : review_reason; }
};

// `message_template` with every "{key}" that has a detail replaced by it;
// other braces are left as written.
std::string render_message(std::string_view message_template, const MessageDetails& details);

// An amount in currency units as whole cents, rounded to nearest (0.01 -> 1).
std::int64_t to_cents(double amount);

}  // namespace kycx::validators
