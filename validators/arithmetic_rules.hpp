// Check functions about money that must add up: a bank statement's balances
// and totals, a pay stub's net pay and year-to-date figures. Amounts are
// compared in cents within options.money_tolerance. Arguments (the rule's
// covered fields by position) are listed per function. Pure; thread-safe.
#pragma once

#include "validators/rule.hpp"

namespace kycx::validators {

// (opening_balance, transactions, closing_balance): opening + the sum of the
// amounts = closing. Details: expected, shown (the closing balance), difference.
RuleOutcome check_balance_arithmetic(const RuleInput& in);
// (transactions, opening_balance): every shown running balance equals the
// previous shown balance (or the opening balance) plus the amounts since.
// Rows without a balance carry over; a row without a readable amount
// suspends the check until the next shown balance. Statements listed newest
// first are accepted when they add up in that order. opening_balance may be
// missing (the first shown balance is then the start). Details: count, row,
// expected, shown.
RuleOutcome check_running_balance(const RuleInput& in);
// (total_credits, transactions): the sum of the positive amounts. Details: expected, shown.
RuleOutcome check_total_credits(const RuleInput& in);
// (total_debits, transactions): the sum of the negative amounts, printed as
// a positive number. Details: expected, shown.
RuleOutcome check_total_debits(const RuleInput& in);
// (minuend, subtrahend, difference): minuend - subtrahend = difference
// (gross - deductions = net). Details: expected, shown.
RuleOutcome check_difference(const RuleInput& in);
// Fields (opening, credits, debits, closing): opening + credits - debits is
// closing, the totals as magnitudes (a statement's summary box).
RuleOutcome check_summary_balance(const RuleInput& in);
// (larger, smaller): larger >= smaller - tolerance (YTD >= current period).
// Details: larger, smaller.
RuleOutcome check_at_least(const RuleInput& in);

}  // namespace kycx::validators
