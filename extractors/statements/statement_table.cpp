#include "extractors/statements/statement_table.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "extractors/statements/statement_labels.hpp"
#include "extractors/statements/statement_summary.hpp"

namespace kycx::extractors::statements {

namespace {

namespace labels = statement_labels;

enum class ColumnKind { kAmount, kDebit, kCredit, kBalance };

struct NumericColumn {
  ColumnKind kind;
  double x0 = 0, x1 = 0;  // the header's edges; amounts are right-aligned on x1
};

struct Columns {
  double date_x0 = 0;
  double description_x0 = 0;
  std::vector<NumericColumn> numeric;

  // Left edge of the amounts area: descriptions end before it.
  double numeric_left(double em) const {
    double left = numeric.front().x0;
    for (const NumericColumn& c : numeric) left = std::min(left, c.x0);
    return left - em;
  }
};

// The table's columns when `row` is its header row.
std::optional<Columns> header_columns(const TextRow& row, double page_width) {
  const auto description = find_label_in_row(row, labels::kDescriptionHeader);
  const auto balance = find_label_in_row(row, labels::kBalanceHeader);
  if (!description || !balance) return std::nullopt;
  Columns c;
  c.description_x0 = row.words[description->first].x0;
  // OCR can miss a narrow date column, its header too: then it is taken to
  // start a tenth of the page before the descriptions.
  const auto date = find_label_in_row(row, labels::kDateHeader);
  c.date_x0 = date && date->first < description->first ? row.words[date->first].x0
                                                       : std::max(0.0, c.description_x0 - 0.12 * page_width);
  auto add = [&](ColumnKind kind, std::span<const std::string_view> names) {
    const auto span = find_label_in_row(row, names, description->last);
    if (span) c.numeric.push_back({kind, row.words[span->first].x0, row.words[span->last - 1].x1});
    return span.has_value();
  };
  const bool signed_amount = add(ColumnKind::kAmount, labels::kAmountHeader);
  const bool debit = add(ColumnKind::kDebit, labels::kDebitHeader);
  const bool credit = add(ColumnKind::kCredit, labels::kCreditHeader);
  if (!signed_amount && !(debit && credit)) return std::nullopt;
  c.numeric.push_back({ColumnKind::kBalance, row.words[balance->first].x0, row.words[balance->last - 1].x1});
  return c;
}

// One printed row split into the table's columns.
struct RowCells {
  std::vector<size_t> date_words, description_words, used_words;
  std::optional<std::int64_t> amount, balance;
  std::string currency;
};

RowCells split_row(const TextRow& row, const Columns& columns, double em) {
  RowCells cells;
  std::vector<bool> taken(row.words.size(), false);
  // Amounts: cells right-aligned on a numeric column.
  for (const auto& [first, last] : cells_of_row(row, 1.2 * em)) {
    for (size_t start = first; start < last; ++start) {
      const auto printed = money_in_words(row, start, last);
      if (!printed) continue;
      const double right = row.words[last - 1].x1;
      const NumericColumn* best = nullptr;
      for (const NumericColumn& c : columns.numeric) {
        if (std::abs(c.x1 - right) < 2.5 * em && (!best || std::abs(c.x1 - right) < std::abs(best->x1 - right)))
          best = &c;
      }
      if (!best) break;
      const std::int64_t magnitude = std::llabs(printed->cents);
      switch (best->kind) {
        case ColumnKind::kAmount: cells.amount = printed->cents; break;
        case ColumnKind::kDebit: cells.amount = -magnitude; break;
        case ColumnKind::kCredit: cells.amount = magnitude; break;
        case ColumnKind::kBalance: cells.balance = printed->cents; break;
      }
      if (cells.currency.empty()) cells.currency = printed->currency;
      for (size_t k = start; k < last; ++k) taken[k] = true;
      break;
    }
  }
  const double date_limit = columns.description_x0 - 0.5 * em;
  const double description_limit = columns.numeric_left(em);
  for (size_t k = 0; k < row.words.size(); ++k) {
    if (taken[k]) {
      cells.used_words.push_back(k);
      continue;
    }
    const PlacedWord& w = row.words[k];
    if (w.x0 < date_limit) {
      cells.date_words.push_back(k);
    } else if (w.x0 < description_limit) {
      cells.description_words.push_back(k);
    } else {
      continue;  // writing in the amounts area that is no amount
    }
    cells.used_words.push_back(k);
  }
  return cells;
}

std::string words_text(const TextRow& row, const std::vector<size_t>& words) {
  std::string out;
  for (size_t k : words) {
    if (!out.empty()) out.push_back(' ');
    out += row.words[k].word->text;
  }
  return out;
}

SourceRef source_of(const PageRows& page, const TextRow& row, const std::vector<size_t>& words) {
  SourceRef s;
  s.page = page.page;
  for (size_t k : words) s.bbox = united(s.bbox, row.words[k].word->box);
  s.text = words_text(row, words);
  return s;
}

double lowest_confidence(const TextRow& row, const std::vector<size_t>& words) {
  double lowest = 1.0;
  for (size_t k : words) lowest = std::min(lowest, double(row.words[k].word->confidence));
  return lowest;
}

bool is_label(const TextRow& row, const std::vector<size_t>& words, std::span<const std::string_view> names) {
  if (words.empty()) return false;
  TextRow part;
  for (size_t k : words) part.words.push_back(row.words[k]);
  return find_label_in_row(part, names).has_value();
}

std::optional<Date> row_date(const std::string& text, const TableOptions& options) {
  const DateParseOptions o{.order = options.order, .year_hint = options.year_hint};
  if (auto d = parse_printed_date(text, o)) return d;
  const auto found = find_printed_dates(text, o);
  if (!found.empty()) return found.front().date;
  return std::nullopt;
}

// Settles what OCR or a column mix-up left inconsistent, where the running
// balance leaves one reading: a sign (the amount printed in the wrong
// column) or a missing amount.
void follow_running_balance(std::vector<StatementTransaction>& rows, std::optional<std::int64_t> opening) {
  bool known = opening.has_value();
  std::int64_t running = opening.value_or(0);
  for (StatementTransaction& t : rows) {
    if (known && t.balance) {
      if (!t.amount) {
        t.amount = *t.balance - running;
        t.repaired = true;
      } else if (running + *t.amount != *t.balance && running - *t.amount == *t.balance) {
        t.amount = -*t.amount;
        t.repaired = true;
      }
    }
    if (t.balance) {
      running = *t.balance, known = true;
    } else if (t.amount) {
      running += *t.amount;
    } else {
      known = false;
    }
  }
}

}  // namespace

TransactionTable read_transaction_table(std::span<const PageRows> pages, const TableOptions& options) {
  TransactionTable table;
  std::optional<Columns> columns;
  bool closed = false;
  for (const PageRows& page : pages) {
    if (closed) break;
    // Rows above the page's header are not the table; a page without a header
    // continues the table from its top, taking only rows that read as dated.
    const auto header_at = std::find_if(page.rows.begin(), page.rows.end(), [&](const TextRow& row) {
      return header_columns(row, page.width).has_value();
    });
    const bool has_header = header_at != page.rows.end();
    if (has_header) {
      columns = header_columns(*header_at, page.width);
      table.found = true;
    }
    if (!columns) continue;
    double last_row_y = 0;
    int undated = 0, dated = 0;
    double table_bottom = 0;
    for (auto it = has_header ? header_at + 1 : page.rows.begin(); it != page.rows.end(); ++it) {
      const TextRow& row = *it;
      const RowCells cells = split_row(row, *columns, page.em);
      if (table.currency.empty()) table.currency = cells.currency;
      if (cells.amount || cells.balance) table_bottom = row.y;
      if (cells.date_words.empty() && cells.amount) ++undated;
      if (!cells.date_words.empty()) ++dated;
      if (cells.date_words.empty()) {
        if (is_label(row, cells.description_words, labels::kClosing) && cells.balance) {
          table.closing = cells.balance;
          closed = true;
          break;
        }
        if (is_label(row, cells.description_words, labels::kOpening) && cells.balance) {
          if (table.rows.empty()) table.opening = cells.balance;
          continue;
        }
        // A wrapped description: writing in the description column only, just below its row.
        if (!table.rows.empty() && !cells.amount && !cells.balance && !cells.description_words.empty() &&
            last_row_y > 0 && row.y - last_row_y < 3 * page.em) {
          StatementTransaction& t = table.rows.back();
          t.description += " " + words_text(row, cells.description_words);
          t.source.push_back(source_of(page, row, cells.description_words));
          t.confidence = std::min(t.confidence, lowest_confidence(row, cells.description_words));
          last_row_y = row.y;
        }
        continue;
      }
      const auto date = row_date(words_text(row, cells.date_words), options);
      const bool dated = date && (cells.amount || cells.balance);
      if (!dated && !(has_header && cells.amount)) continue;
      StatementTransaction t;
      t.date = date;
      t.description = words_text(row, cells.description_words);
      t.amount = cells.amount;
      t.balance = cells.balance;
      t.source.push_back(source_of(page, row, cells.used_words));
      t.confidence = lowest_confidence(row, cells.used_words);
      table.rows.push_back(std::move(t));
      last_row_y = row.y;
    }
    if (has_header && undated >= 2 && undated >= dated) {
      table.undated.emplace_back(static_cast<size_t>(&page - pages.data()),
                                 PageRegion{columns->date_x0 - page.em, header_at->y + 0.6 * page.em,
                                            columns->description_x0 - 0.3 * page.em, table_bottom + page.em});
    }
  }
  follow_running_balance(table.rows, table.opening ? table.opening : options.opening);
  return table;
}

Json transaction_json(const StatementTransaction& row) {
  Json sources = Json::array();
  for (const SourceRef& s : row.source) {
    const BBox b = rounded(s.bbox);
    sources.push_back(Json{{"page", s.page}, {"bbox", {b.x0, b.y0, b.x1, b.y1}}, {"text", s.text}});
  }
  return Json{{"date", row.date ? Json(format_date(*row.date)) : Json(nullptr)},
              {"description", row.description},
              {"amount", row.amount ? Json(format_money(*row.amount)) : Json(nullptr)},
              {"balance", row.balance ? Json(format_money(*row.balance)) : Json(nullptr)},
              {"confidence", std::round(row.confidence * 1e4) / 1e4},
              {"source", std::move(sources)}};
}

}  // namespace kycx::extractors::statements
