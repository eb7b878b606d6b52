// The rows of a bank statement's `transactions` value (contract section 4)
// parsed into dates and cents, for the date and arithmetic rules. Pure;
// thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/json.hpp"
#include "core/value_format.hpp"

namespace kycx::validators {

struct TransactionRow {
  std::optional<Date> date;             // nullopt when absent or not canonical
  std::optional<std::int64_t> amount;   // signed cents: credits positive, debits negative
  std::optional<std::int64_t> balance;  // running balance in cents; nullopt when not shown or not canonical
};

// One row per item of `transactions`, in order; an item that is not an
// object gives a row of nullopts. nullopt when `transactions` is not an array.
std::optional<std::vector<TransactionRow>> parse_transaction_rows(const Json& transactions);

}  // namespace kycx::validators
