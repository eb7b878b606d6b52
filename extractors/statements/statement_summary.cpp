#include "extractors/statements/statement_summary.hpp"

#include <cstdlib>

#include "core/value_format.hpp"
#include "extractors/statements/statement_labels.hpp"

namespace kycx::extractors::statements {

std::optional<PrintedMoney> money_in_words(const TextRow& row, size_t first, size_t last) {
  const MoneyParseOptions options{.require_decimals = true};
  if (auto money = parse_printed_money(row.text(first, last), options)) return money;
  if (last - first < 2) return std::nullopt;
  std::string glued;
  for (size_t k = first; k < last; ++k) glued += row.words[k].word->text;
  return parse_printed_money(glued, options);
}

std::optional<RowAmount> amount_in_row(const TextRow& row, size_t from, double gap) {
  for (const auto& [first, last] : cells_of_row(row, gap)) {
    if (last <= from) continue;
    // The whole cell, else its tail: "Balance 1,234.56" packed into one cell.
    for (size_t start = std::max(first, from); start < last; ++start) {
      if (auto money = money_in_words(row, start, last)) return RowAmount{start, last, *money};
    }
  }
  return std::nullopt;
}

StatementSummary read_statement_summary(std::span<const PageRows> pages) {
  namespace labels = statement_labels;
  struct Wanted {
    const char* field;
    std::span<const std::string_view> names;
    bool positive;
  };
  const Wanted wanted[] = {{"opening_balance", labels::kOpening, false},
                           {"total_credits", labels::kCredits, true},
                           {"total_debits", labels::kDebits, true},
                           {"closing_balance", labels::kClosing, false}};
  StatementSummary out;
  for (const Wanted& w : wanted) {
    bool found = false;
    for (const PageRows& page : pages) {
      for (const StatementLabelHit& hit : find_label(page, w.names)) {
        const auto run = run_right_of(page, hit.row, hit.span.first, hit.span.last, page.width);
        if (!run) continue;
        const TextRow& row = page.rows[run->row];
        const auto amount = amount_in_row(row, run->first, page.em);
        if (!amount) continue;
        const std::int64_t cents = w.positive ? std::llabs(amount->money.cents) : amount->money.cents;
        out.fields.set(w.field, row_field(format_money(cents), page, row, amount->first, amount->last));
        if (out.currency.empty() && !amount->money.currency.empty()) {
          out.currency = amount->money.currency;
          out.currency_field = row_field(out.currency, page, row, amount->first, amount->last);
        }
        found = true;
        break;
      }
      if (found) break;
    }
  }
  return out;
}

}  // namespace kycx::extractors::statements
