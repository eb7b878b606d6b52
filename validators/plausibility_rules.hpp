// Whether a value reads as the kind of thing its field holds: a person's
// name, an organisation's name, an identifier. Catches the values a reader
// took from the wrong words (a title "PAYSLIP" as the employer, a column
// heading "ID" as the employee, "Erie, PA" as a company, "NINumber" as an
// employee number) so they go to review instead of being accepted. The
// document's own wording comes from its schema's labels (x-kycx.labels) and
// hints. Messages never repeat the value. Pure; thread-safe.
#pragma once

#include "validators/rule.hpp"

namespace kycx::validators {

// fields: [name]. Two words or more of letters, no digits, not mostly the
// document's own wording, not a care-of line ("C/O ...", "Attn ...").
RuleOutcome check_person_name(const RuleInput& in);
// fields: [name]. Letters, not only the document's own wording or status
// words, not a "City, ST" line, not a street ("Thistle Lane").
RuleOutcome check_organisation_name(const RuleInput& in);
// fields: [street]. Not a post office box (a service or supply address is
// where the service is delivered; a PO Box is a mailing address).
RuleOutcome check_not_po_box(const RuleInput& in);
// fields: [identifier]. At least one digit.
RuleOutcome check_identifier(const RuleInput& in);
// fields: [a, b]. The two names differ (an employer is not its employee).
RuleOutcome check_different_names(const RuleInput& in);

}  // namespace kycx::validators
