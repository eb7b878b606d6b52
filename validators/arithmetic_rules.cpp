#include "validators/arithmetic_rules.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <string>
#include <vector>

#include "validators/transaction_rows.hpp"

namespace kycx::validators {

namespace {

std::int64_t tolerance(const RuleInput& in) {
  return to_cents(in.options().money_tolerance);
}

bool close_enough(const RuleInput& in, std::int64_t a, std::int64_t b) {
  return std::llabs(a - b) <= tolerance(in);
}

// The rows of argument i, or why the rule must be skipped.
struct Rows {
  std::vector<TransactionRow> rows;
  std::optional<RuleOutcome> skip;
};

Rows rows_of(const RuleInput& in, size_t i) {
  const Json* value = in.value(i);
  if (value == nullptr) return {{}, in.unusable(i)};
  auto rows = parse_transaction_rows(*value);
  if (!rows) return {{}, in.unusable(i)};
  return {std::move(*rows), std::nullopt};
}

// The sum of the amounts selected by `take`, or the 1-based row without a readable amount.
struct Sum {
  std::int64_t cents = 0;
  size_t unreadable_row = 0;
};

template <class Take>
Sum sum_amounts(const std::vector<TransactionRow>& rows, Take take) {
  Sum sum;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (!rows[i].amount) return {0, i + 1};
    sum.cents += take(*rows[i].amount);
  }
  return sum;
}

RuleOutcome unreadable_amount(size_t row) {
  return skipped("transaction row " + std::to_string(row) + " has no readable amount");
}

RuleOutcome compare_total(const RuleInput& in, bool credits) {
  const auto shown = in.money(0);
  if (!shown) return in.unusable(0);
  const auto [rows, skip] = rows_of(in, 1);
  if (skip) return *skip;
  const auto sum = sum_amounts(rows, [credits](std::int64_t a) -> std::int64_t {
    if (credits) return a > 0 ? a : 0;
    return a < 0 ? -a : 0;
  });
  if (sum.unreadable_row != 0) return unreadable_amount(sum.unreadable_row);
  if (close_enough(in, sum.cents, *shown)) return passed();
  return failed({{"expected", format_money(sum.cents)}, {"shown", format_money(*shown)}});
}

// The running-balance walk over rows in chronological order.
struct Walk {
  int compared = 0;
  int mismatches = 0;
  size_t first_row = 0;  // 1-based, in the order given to the walk
  std::int64_t expected = 0, shown = 0;
};

Walk walk(const RuleInput& in, const std::vector<const TransactionRow*>& rows, std::optional<std::int64_t> start) {
  Walk w;
  std::optional<std::int64_t> anchor = start;
  std::int64_t pending = 0;
  bool suspended = false;
  for (size_t i = 0; i < rows.size(); ++i) {
    const TransactionRow& row = *rows[i];
    if (row.amount)
      pending += *row.amount;
    else
      suspended = true;
    if (!row.balance) continue;
    if (anchor && !suspended) {
      ++w.compared;
      if (!close_enough(in, *anchor + pending, *row.balance) && w.mismatches++ == 0) {
        w.first_row = i + 1;
        w.expected = *anchor + pending;
        w.shown = *row.balance;
      }
    }
    anchor = row.balance;
    pending = 0;
    suspended = false;
  }
  return w;
}

}  // namespace

RuleOutcome check_balance_arithmetic(const RuleInput& in) {
  const auto opening = in.money(0);
  if (!opening) return in.unusable(0);
  const auto [rows, skip] = rows_of(in, 1);
  if (skip) return *skip;
  const auto closing = in.money(2);
  if (!closing) return in.unusable(2);
  const auto sum = sum_amounts(rows, [](std::int64_t a) { return a; });
  if (sum.unreadable_row != 0) return unreadable_amount(sum.unreadable_row);
  const std::int64_t expected = *opening + sum.cents;
  if (close_enough(in, expected, *closing)) return passed();
  return failed({{"expected", format_money(expected)},
                 {"shown", format_money(*closing)},
                 {"difference", format_money(*closing - expected)}});
}

RuleOutcome check_running_balance(const RuleInput& in) {
  const auto [rows, skip] = rows_of(in, 0);
  if (skip) return *skip;
  const auto opening = in.money(1);
  std::vector<const TransactionRow*> order;
  order.reserve(rows.size());
  for (const auto& row : rows) order.push_back(&row);
  const Walk forward = walk(in, order, opening);
  if (forward.compared == 0) return skipped("no running balance can be checked: the rows show none");
  if (forward.mismatches == 0) return passed();
  std::reverse(order.begin(), order.end());
  const Walk backward = walk(in, order, opening);
  if (backward.compared > 0 && backward.mismatches == 0) return passed();
  return failed({{"count", std::to_string(forward.mismatches)},
                 {"row", std::to_string(forward.first_row)},
                 {"expected", format_money(forward.expected)},
                 {"shown", format_money(forward.shown)}});
}

RuleOutcome check_total_credits(const RuleInput& in) {
  return compare_total(in, true);
}

RuleOutcome check_total_debits(const RuleInput& in) {
  return compare_total(in, false);
}

RuleOutcome check_difference(const RuleInput& in) {
  const auto minuend = in.money(0);
  if (!minuend) return in.unusable(0);
  const auto subtrahend = in.money(1);
  if (!subtrahend) return in.unusable(1);
  const auto shown = in.money(2);
  if (!shown) return in.unusable(2);
  const std::int64_t expected = *minuend - *subtrahend;
  if (close_enough(in, expected, *shown)) return passed();
  return failed({{"expected", format_money(expected)}, {"shown", format_money(*shown)}});
}

RuleOutcome check_summary_balance(const RuleInput& in) {
  std::array<std::int64_t, 4> v{};
  for (size_t i = 0; i < v.size(); ++i) {
    const auto m = in.money(i);
    if (!m) return in.unusable(i);
    v[i] = *m;
  }
  const std::int64_t expected = v[0] + std::llabs(v[1]) - std::llabs(v[2]);
  if (close_enough(in, expected, v[3])) return passed();
  return failed({{"expected", format_money(expected)}, {"shown", format_money(v[3])}});
}

RuleOutcome check_at_least(const RuleInput& in) {
  const auto larger = in.money(0);
  if (!larger) return in.unusable(0);
  const auto smaller = in.money(1);
  if (!smaller) return in.unusable(1);
  if (*larger + tolerance(in) >= *smaller) return passed();
  return failed({{"larger", format_money(*larger)}, {"smaller", format_money(*smaller)}});
}

}  // namespace kycx::validators
