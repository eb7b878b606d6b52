// The balances and totals of a bank statement (opening, closing, total
// credits and debits), read from a label and the amount printed on its row.
// Pure functions; thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string>

#include "core/field.hpp"
#include "extractors/common/printed_money.hpp"
#include "extractors/statements/statement_rows.hpp"

namespace kycx::extractors::statements {

// An amount printed on a row: the words it spans and what it says.
struct RowAmount {
  size_t first = 0;
  size_t last = 0;
  PrintedMoney money;
};

// Words [first, last) of a row read as one amount with cents: joined by
// spaces ("USD 1,234.56"), else glued (OCR splits "155.92-" into "155." "92-").
std::optional<PrintedMoney> money_in_words(const TextRow& row, size_t first, size_t last);

// The first amount on `row` from word `from` on: cells split at gaps wider
// than `gap`, the whole cell or its last words read as money with cents.
std::optional<RowAmount> amount_in_row(const TextRow& row, size_t from, double gap);

struct StatementSummary {
  FieldSet fields;                      // opening_balance, closing_balance, total_credits, total_debits found
  std::string currency;                 // ISO code a summary amount printed ("$" counts as USD), else empty
  std::optional<Field> currency_field;  // where that currency was printed
};

// The first row (pages in order) where each label is followed by an amount.
// Totals are stored positive, whatever sign they are printed with.
StatementSummary read_statement_summary(std::span<const PageRows> pages);

}  // namespace kycx::extractors::statements
