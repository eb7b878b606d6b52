// The transaction table of a bank statement rebuilt row by row across pages:
// the header gives the columns (date, description, a signed amount or
// separate debit and credit columns, balance); wrapped descriptions join
// their row; the running balance settles a sign or an amount OCR lost.
// Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/field.hpp"
#include "core/value_format.hpp"
#include "extractors/common/printed_dates.hpp"
#include "extractors/statements/statement_rows.hpp"

namespace kycx::extractors::statements {

struct StatementTransaction {
  std::optional<Date> date;
  std::string description;
  std::optional<std::int64_t> amount;   // signed cents: credits positive
  std::optional<std::int64_t> balance;  // nullopt where the row prints none
  std::vector<SourceRef> source;        // one per printed line of the row
  double confidence = 1.0;              // lowest word confidence of what was read
  bool repaired = false;                // amount or its sign taken from the running balance
};

struct TransactionTable {
  bool found = false;  // a header row was seen
  std::vector<StatementTransaction> rows;
  std::optional<std::int64_t> opening;  // the balance printed on the table's opening line
  std::optional<std::int64_t> closing;  // ... and on its closing line
  std::string currency;                 // ISO code an amount printed, else empty
  // Where a page's dates should be but OCR read none (page index, region):
  // worth reading again from the image.
  std::vector<std::pair<size_t, PageRegion>> undated;
};

struct TableOptions {
  DayOrder order = DayOrder::kMonthFirst;              // of all-numeric dates
  std::optional<Date> year_hint = std::nullopt;        // for dates printed without a year (the period's end)
  std::optional<std::int64_t> opening = std::nullopt;  // opening balance read elsewhere, for the running balance
};

TransactionTable read_transaction_table(std::span<const PageRows> pages, const TableOptions& options = {});

// The transaction as a `transactions` item: plain values, its confidence and source.
Json transaction_json(const StatementTransaction& row);

}  // namespace kycx::extractors::statements
