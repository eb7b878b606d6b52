#include "validators/transaction_rows.hpp"

#include <string>

namespace kycx::validators {

namespace {

const std::string* string_member(const Json& item, const char* key) {
  const auto it = item.find(key);
  if (it == item.end() || !it->is_string()) return nullptr;
  return it->get_ptr<const std::string*>();
}

}  // namespace

std::optional<std::vector<TransactionRow>> parse_transaction_rows(const Json& transactions) {
  if (!transactions.is_array()) return std::nullopt;
  std::vector<TransactionRow> rows;
  rows.reserve(transactions.size());
  for (const Json& item : transactions) {
    TransactionRow row;
    if (item.is_object()) {
      if (const auto* d = string_member(item, "date")) row.date = parse_canonical_date(*d);
      if (const auto* a = string_member(item, "amount")) row.amount = parse_canonical_money(*a);
      if (const auto* b = string_member(item, "balance")) row.balance = parse_canonical_money(*b);
    }
    rows.push_back(row);
  }
  return rows;
}

}  // namespace kycx::validators
