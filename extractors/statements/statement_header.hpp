// The head of a bank statement: bank, account holder, account identifiers
// (account number, ABA routing number, sort code, IBAN), the statement period
// and a printed currency. Pure functions; thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string>

#include "core/field.hpp"
#include "core/value_format.hpp"
#include "extractors/common/printed_dates.hpp"
#include "extractors/statements/statement_rows.hpp"

namespace kycx::extractors::statements {

struct StatementHeader {
  FieldSet fields;                         // those of bank_name .. currency that were found
  DayOrder order = DayOrder::kMonthFirst;  // how the statement prints all-numeric dates
  std::optional<Date> period_start;
  std::optional<Date> period_end;
};

// Reads the header from the first page (identifiers also from later pages
// when the first does not show them). `dollar_region`: the statement prints
// US dollars, so numeric dates are month first.
StatementHeader read_statement_header(std::span<const PageRows> pages, bool dollar_region);

// The IBAN printed from word `first` of `row` on (grouped in fours or not),
// with one OCR confusion (O/0, I/1, S/5, B/8, Z/2, G/6) repaired when that
// alone makes the mod-97 check pass; and the end of the words it used.
std::optional<std::pair<std::string, size_t>> read_iban(const TextRow& row, size_t first);

}  // namespace kycx::extractors::statements
