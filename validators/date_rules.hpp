// Check functions about dates: in the past, minimum age, expiry, order of
// two dates, recency of a proof of address, transactions inside a statement
// period. "Today" comes from the RuleInput. Arguments (the rule's covered
// fields by position) are listed per function. Pure; thread-safe.
#pragma once

#include "validators/rule.hpp"

namespace kycx::validators {

// (date): strictly before today. Details: date.
RuleOutcome check_in_past(const RuleInput& in);
// (date): today or earlier. Details: date.
RuleOutcome check_not_in_future(const RuleInput& in);
// (date_of_birth): at least options.min_age_years old today. Someone born on
// 29 February comes of age on 1 March in common years. Details: age, minimum.
RuleOutcome check_minimum_age(const RuleInput& in);
// (date_of_expiry): today or later (a document is valid through its expiry
// day). Details: date.
RuleOutcome check_not_expired(const RuleInput& in);
// (earlier, later): strictly before. Details: earlier, later.
RuleOutcome check_before(const RuleInput& in);
// (earlier, later): on or before. Details: earlier, later.
RuleOutcome check_on_or_before(const RuleInput& in);
// (statement_date): at most options.max_proof_of_address_age_days before
// today; a date after today is left to a not-in-future rule. Details: days, maximum.
RuleOutcome check_proof_of_address_recent(const RuleInput& in);
// (transactions, period_start, period_end): every dated row inside the
// period, both ends included; undated rows are not judged. Details: count,
// row (the first outside, counted from 1), date (its date).
RuleOutcome check_transactions_in_period(const RuleInput& in);

// Whole years from `birth` to `day`; 29 February birthdays fall on 1 March in common years.
int age_on(const Date& birth, const Date& day);

}  // namespace kycx::validators
