// The columns of a statement's transaction table, read from its header: one
// row of column names, or up to three stacked rows (bilingual headers print
// "Retraits" over "Withdrawals"), each name's role taken from its wording,
// and the section heading above it ("Electronic withdrawals") when it says
// which way every amount of the table goes. Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/common/printed_dates.hpp"
#include "extractors/statements/statement_rows.hpp"

namespace kycx::extractors::statements {

enum class ColumnRole { kDate, kValueDate, kType, kDescription, kAmount, kDebit, kCredit, kBalance };

struct TableColumn {
  ColumnRole role = ColumnRole::kDescription;
  double x0 = 0, x1 = 0;  // the header's edges (all its stacked names, a currency code after one)

  bool numeric() const { return role >= ColumnRole::kAmount; }
};

// Which way the amounts of a table with one unsigned amount column go, as the
// heading over its header says.
enum class SectionSign { kUnknown, kDebits, kCredits };

struct TableColumns {
  std::vector<TableColumn> columns;  // left to right
  size_t first_row = 0;              // the header's rows [first_row, last_row] on its page
  size_t last_row = 0;
  SectionSign section = SectionSign::kUnknown;

  const TableColumn* find(ColumnRole role) const;
  // Left edge of the leftmost amount column.
  double numeric_left() const;
};

// The table header whose first row is row `r` of `page`: the names of at
// least three columns, a date or description among them and an amount
// column right of them; rows stacked under it (closer than 1.3 em, holding
// no amount or date) are part of it. nullopt when row `r` starts no header.
std::optional<TableColumns> header_at(const PageRows& page, size_t r);

// `text` with what OCR confuses in a date put back: a zero before "ct" is
// the O of October ("060ct26"), an I, l or | between digits a slash
// ("7I14"), an O before a day's leading zero a speck ("O01 Oct").
std::string month_letters(std::string_view text);

// Where OCR read no header (a shaded band, a torn scan): the columns the
// values themselves line up in, from at least three rows that start with a
// date and end with amounts. The rightmost amount column printed on most
// rows is the balance; the others are amounts whose sign the running
// balance settles. first_row/last_row is the row before the first such row.
std::optional<TableColumns> columns_from_values(const PageRows& page, const DateParseOptions& dates);

}  // namespace kycx::extractors::statements
