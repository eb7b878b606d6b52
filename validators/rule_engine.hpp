// Runs a document type's validation rules (rule_catalog) over a document and
// records the outcomes: checks, field evidence and field review reasons.
// Pure functions of their arguments; thread-safe.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/envelope.hpp"
#include "core/value_format.hpp"
#include "validators/rule.hpp"
#include "validators/validation_options.hpp"

namespace kycx::validators {

// One rule's outcome on one document.
struct RuleRun {
  const Rule* rule = nullptr;  // points into the catalog (or the caller's rules)
  Check check;                 // message: empty on pass, the filled template on fail, why on skip
};

// Runs `rules` over `fields` in order.
std::vector<RuleRun> run_rules(std::span<const Rule> rules, const FieldSet& fields, std::string_view document_type,
                               const ValidationOptions& options, Date today);

// Validates `envelope` with the rules of its document type:
//  - each rule's check replaces any check of the same name already present
//    (extractors add mrz.check_digit.* themselves; the rule re-verifies the
//    MRZ as it stands now) and is appended after the checks kept, such as the
//    extractors' consistency.* and the schema's checks;
//  - every field's evidence.checks_passed / checks_failed is recounted from
//    all the envelope's checks (skipped ones do not count);
//  - each field covered by a failed check is sent to review: a failed error
//    rule gives its review reason (`check_failed:<rule>` or its own, e.g.
//    `expired`), a failed check of an extractor gives `check_failed:<rule>`,
//    a failed warning rule gives none;
//  - a rule that no longer fails (a field was corrected or removed) withdraws
//    the reason it gave, so a reviewer's correction clears it.
// Leaves status and the document's review alone (see status_decider), and a
// rejected envelope untouched.
void apply_rules(Envelope& envelope, const ValidationOptions& options = {}, Date today = today_utc());

}  // namespace kycx::validators
