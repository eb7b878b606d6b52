#include "extractors/statements/statement_table.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <iterator>

#include "extractors/statements/statement_columns.hpp"
#include "extractors/statements/statement_labels.hpp"
#include "extractors/statements/statement_summary.hpp"

namespace kycx::extractors::statements {

namespace {

namespace labels = statement_labels;

// A minus OCR reads as a tilde or dash ("~£2.83", "—£2.83"), or a text layer
// prints as U+2212: the amount it signs, negative.
std::optional<PrintedMoney> signed_money(const TextRow& row, size_t first, size_t last) {
  if (auto money = money_in_words(row, first, last)) return money;
  const std::string& head = row.words[first].word->text;
  size_t skip = 0;
  for (bool more = true; more;) {
    more = false;
    for (const std::string_view dash : {"~", "-", "\xe2\x80\x94", "\xe2\x80\x93", "\xe2\x88\x92"}) {
      if (head.compare(skip, dash.size(), dash) == 0) skip += dash.size(), more = true;
    }
  }
  if (skip == 0 || skip == head.size()) return std::nullopt;
  TextRow rest;
  ocr::Word stripped = *row.words[first].word;
  stripped.text = head.substr(skip);
  rest.words.push_back(row.words[first]);
  rest.words.front().word = &stripped;
  for (size_t k = first + 1; k < last; ++k) rest.words.push_back(row.words[k]);
  auto money = money_in_words(rest, 0, rest.words.size());
  if (!money || money->sign_shown) return std::nullopt;
  money->cents = -money->cents;
  money->sign_shown = true;
  return money;
}

// One printed row split into the table's columns.
struct RowCells {
  std::vector<size_t> date_words, description_words, used_words, text_words;
  std::optional<std::int64_t> amount, balance;
  int amounts = 0;             // money cells in amount columns
  int unsigned_column = -1;    // the amount column whose amount printed no sign (the header signs none)
  bool signed_amount = false;  // the amount printed its sign
  std::string currency;
};

// The text column a word starting at `x` belongs to: the rightmost whose
// name starts before it (the first when none does).
const TableColumn* text_column(const TableColumns& columns, double x, double em) {
  const TableColumn* best = nullptr;
  for (const TableColumn& c : columns.columns) {
    if (!c.numeric() && (!best || c.x0 <= x + 0.5 * em)) best = &c;
  }
  return best;
}

RowCells split_row(const TextRow& row, const TableColumns& columns, double em) {
  RowCells cells;
  std::vector<bool> taken(row.words.size(), false);
  std::vector<const TableColumn*> filled;
  const double numeric_left = columns.numeric_left();
  // Amounts: cells under (or nearest to) an amount column.
  for (const auto& [first, last] : cells_of_row(row, 1.2 * em)) {
    if (row.words[last - 1].x1 < numeric_left - 2 * em) continue;
    for (size_t start = first; start < last; ++start) {
      const auto printed = signed_money(row, start, last);
      if (!printed) continue;
      const double x0 = row.words[start].x0, x1 = row.words[last - 1].x1;
      const TableColumn* best = nullptr;
      double best_gap = 3 * em, best_edge = 0;
      for (const TableColumn& c : columns.columns) {
        if (!c.numeric() || std::find(filled.begin(), filled.end(), &c) != filled.end()) continue;
        const double gap = std::max({0.0, c.x0 - x1, x0 - c.x1}), edge = std::abs(c.x1 - x1);
        if (gap < best_gap || (best && gap == best_gap && edge < best_edge))
          best = &c, best_gap = gap, best_edge = edge;
      }
      if (!best) break;
      filled.push_back(best);
      const std::int64_t magnitude = std::llabs(printed->cents);
      switch (best->role) {
        case ColumnRole::kDebit: cells.amount = -magnitude; break;
        case ColumnRole::kCredit: cells.amount = magnitude; break;
        case ColumnRole::kBalance: cells.balance = printed->cents; break;
        default:
          cells.amount = printed->cents;
          if (!printed->sign_shown && columns.section == SectionSign::kUnknown)
            cells.unsigned_column = static_cast<int>(best - columns.columns.data());
          if (!printed->sign_shown && columns.section == SectionSign::kDebits) cells.amount = -magnitude;
          break;
      }
      if (best->role != ColumnRole::kBalance) ++cells.amounts, cells.signed_amount = printed->sign_shown;
      if (cells.currency.empty()) cells.currency = printed->currency;
      for (size_t k = start; k < last; ++k) taken[k] = true;
      break;
    }
  }
  const TableColumn* description = columns.find(ColumnRole::kDescription);
  const bool has_date = columns.find(ColumnRole::kDate) != nullptr;
  for (size_t k = 0; k < row.words.size(); ++k) {
    cells.used_words.push_back(k);
    if (taken[k]) continue;
    const PlacedWord& w = row.words[k];
    if (w.x0 >= numeric_left - em) {
      cells.used_words.pop_back();
      continue;  // writing in the amounts area that is no amount
    }
    cells.text_words.push_back(k);
    const TableColumn* c = text_column(columns, w.x0, em);
    // Without a date column the dates print left of the descriptions.
    const bool left_of_descriptions = !has_date && description && w.x0 < description->x0 - 0.5 * em;
    if (left_of_descriptions || (c && c->role == ColumnRole::kDate)) {
      cells.date_words.push_back(k);
    } else if (!c || c->role == ColumnRole::kDescription) {
      cells.description_words.push_back(k);
    }
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

std::optional<Date> row_date(const std::string& printed, const TableOptions& options) {
  const DateParseOptions o{.order = options.order, .year_hint = options.year_hint};
  const std::string text = month_letters(printed);
  if (auto d = parse_printed_date(text, o)) return d;
  const auto found = find_printed_dates(text, o);
  if (!found.empty()) return found.front().date;
  return std::nullopt;
}

// Settles what OCR or a column mix-up left inconsistent, where the running
// balance leaves one reading: a sign (the amount printed in the wrong
// column) or a missing amount.
// Returns, for each row, whether the balance before it and its own agree with its amount.
std::vector<bool> follow_running_balance(std::vector<StatementTransaction>& rows, std::optional<std::int64_t> opening) {
  std::vector<bool> checked(rows.size(), false);
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
      checked[static_cast<size_t>(&t - rows.data())] = running + *t.amount == *t.balance;
    }
    if (t.balance) {
      running = *t.balance, known = true;
    } else if (t.amount) {
      running += *t.amount;
    } else {
      known = false;
    }
  }
  return checked;
}

// Amounts printed without a sign in a column the header does not sign
// (debits and credits under one "Amount", or columns read from the values
// alone): where the running balance checked a column's rows and found them
// all one way, its rows the balance could not check go that way too.
void sign_columns_by_balance(std::vector<StatementTransaction>& rows, const std::vector<int>& unsigned_column,
                             std::optional<std::int64_t> opening) {
  const std::vector<bool> checked = follow_running_balance(rows, opening);
  std::vector<std::pair<int, int>> votes;  // per column: negative, positive
  for (size_t k = 0; k < rows.size(); ++k) {
    const int c = unsigned_column[k];
    if (c < 0 || !checked[k] || !rows[k].amount || *rows[k].amount == 0) continue;
    if (votes.size() <= size_t(c)) votes.resize(size_t(c) + 1);
    (*rows[k].amount < 0 ? votes[size_t(c)].first : votes[size_t(c)].second) += 1;
  }
  bool changed = false;
  for (size_t k = 0; k < rows.size(); ++k) {
    const int c = unsigned_column[k];
    if (c < 0 || checked[k] || !rows[k].amount || size_t(c) >= votes.size()) continue;
    const auto [negative, positive] = votes[size_t(c)];
    const std::int64_t magnitude = std::llabs(*rows[k].amount);
    const std::int64_t want = negative >= 2 && positive == 0   ? -magnitude
                              : positive >= 2 && negative == 0 ? magnitude
                                                               : *rows[k].amount;
    if (want != *rows[k].amount) rows[k].amount = want, rows[k].repaired = true, changed = true;
  }
  if (changed) follow_running_balance(rows, opening);
}

constexpr std::string_view kWeekdays[] = {
    "mon",    "monday",   "tue",      "tues",       "tuesday",  "wed",      "wednesday", "thu",    "thur",
    "thurs",  "thursday", "fri",      "friday",     "sat",      "saturday", "sun",       "sunday", "lun",
    "lundi",  "mar",      "mardi",    "mer",        "mercredi", "jeu",      "jeudi",     "ven",    "vendredi",
    "sam",    "samedi",   "dim",      "dimanche",   "lunes",    "martes",   "miércoles", "jueves", "viernes",
    "sábado", "domingo",  "mo",       "di",         "mi",       "do",       "fr",        "sa",     "so",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag",  "samstag",  "sonntag"};

bool is_weekday(std::string_view word) {
  std::string w;
  for (char c : word) {
    if (c == '.' || c == ',') continue;
    w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return std::find(std::begin(kWeekdays), std::end(kWeekdays), w) != std::end(kWeekdays);
}

// A date alone on its row, after its weekday or not ("Monday 1 September
// 2026", "01 Sep"): the day of the rows under it that print none (digital
// banks group a day's rows under one heading).
std::optional<Date> day_heading(const TextRow& row, const std::vector<size_t>& text_words,
                                const TableOptions& options) {
  if (text_words.empty() || text_words.size() > 5) return std::nullopt;
  const DateParseOptions o{.order = options.order, .year_hint = options.year_hint};
  std::vector<size_t> rest = text_words;
  if (rest.size() > 1 && is_weekday(row.words[rest.front()].word->text)) rest.erase(rest.begin());
  return parse_printed_date(month_letters(words_text(row, rest)), o);
}

// The row's words outside the amount columns as one row, for label matching.
TextRow text_part(const TextRow& row, const std::vector<size_t>& words) {
  TextRow part;
  for (size_t k : words) part.words.push_back(row.words[k]);
  return part;
}

bool starts_with_label(const TextRow& part, std::span<const std::string_view> names) {
  const auto span = find_label_in_row(part, names);
  return span && span->first == 0;
}

}  // namespace

TransactionTable read_transaction_table(std::span<const PageRows> pages, const TableOptions& options) {
  TransactionTable table;
  std::vector<int> unsigned_column;  // per row: header count * 16 + column, or -1
  int headers = 0;
  std::optional<TableColumns> columns;
  bool closed = false;       // the closing line was read: only a new header opens the table again
  bool continues = false;    // the table runs on to the next page without a header
  std::optional<Date> day;   // the date rows that print none take
  bool last_signed = false;  // the last row's amount printed its sign
  for (const PageRows& page : pages) {
    bool open = continues && columns && !closed;
    bool page_header = false;
    double last_row_y = 0;
    int undated = 0, dated = 0, headings = 0;
    double table_top = 0, table_bottom = 0;
    // No header yet, none on this page: the columns the values line up in.
    const bool headed = std::any_of(page.rows.begin(), page.rows.end(), [&](const TextRow& row) {
      return header_at(page, static_cast<size_t>(&row - page.rows.data())).has_value();
    });
    size_t inferred_at = page.rows.size();
    if (!columns && !headed) {
      if (auto values = columns_from_values(page, {.order = options.order, .year_hint = options.year_hint})) {
        inferred_at = values->last_row;
        columns = std::move(values);
      }
    }
    for (size_t r = 0; r < page.rows.size(); ++r) {
      if (r == inferred_at || (headed && header_at(page, r))) {
        if (r != inferred_at) columns = header_at(page, r);
        ++headers;
        table.found = true;
        open = continues = page_header = true;
        closed = false;
        table_top = page.rows[columns->last_row].y;
        r = columns->last_row;
        last_row_y = 0;
        continue;
      }
      if (!open) continue;
      const TextRow& row = page.rows[r];
      const RowCells cells = split_row(row, *columns, page.em);
      const bool money = cells.amount || cells.balance;
      if (table.currency.empty()) table.currency = cells.currency;
      const TextRow words = text_part(row, cells.text_words);
      if (money) {
        // Lines that are no transaction: the opening and closing balances, totals.
        const std::optional<std::int64_t> shown = cells.balance ? cells.balance : cells.amount;
        if (find_label_in_row(words, labels::kClosing)) {
          table.closing = shown;
          open = false;
          if (!find_label_in_row(words, labels::kCarriedForward)) closed = true, continues = false;
          continue;
        }
        if (find_label_in_row(words, labels::kOpening)) {
          if (table.rows.empty()) table.opening = shown;
          continue;
        }
        if (starts_with_label(words, labels::kTotals)) {
          open = continues = false;
          continue;
        }
        table_bottom = row.y;
      }
      // A day heading starts left of the descriptions (in the date column), or
      // stands apart from the row above: a date alone in the description
      // column just under a row ends its wrapped description.
      const TableColumn* description = columns->find(ColumnRole::kDescription);
      const bool apart = !description || row.words[cells.text_words.empty() ? 0 : cells.text_words.front()].x0 <
                                             description->x0 - 0.5 * page.em;
      const bool heading_place =
          columns->find(ColumnRole::kDate) ? apart : apart || last_row_y == 0 || row.y - last_row_y > 1.6 * page.em;
      if (!money && heading_place) {
        if (auto heading = day_heading(row, cells.text_words, options)) {
          day = heading, ++headings;
          continue;
        }
      }
      if (!money) {
        // A wrapped description: writing in the description column only, just below its row.
        if (!table.rows.empty() && !cells.description_words.empty() && last_row_y > 0 &&
            row.y - last_row_y < 3 * page.em) {
          StatementTransaction& t = table.rows.back();
          t.description += " " + words_text(row, cells.description_words);
          t.source.push_back(source_of(page, row, cells.description_words));
          t.confidence = std::min(t.confidence, lowest_confidence(row, cells.description_words));
          last_row_y = row.y;
        }
        continue;
      }
      std::optional<Date> date;
      if (!cells.date_words.empty()) {
        date = row_date(words_text(row, cells.date_words), options);
        ++dated;
        if (date) day = date;
      } else {
        if (cells.amounts > 0) ++undated;
        date = day;
      }
      // A balance printed on the line under its row's amount, where the table
      // has no balance column: the running balance must agree.
      if (cells.date_words.empty() && !table.rows.empty() && !columns->find(ColumnRole::kBalance) &&
          cells.amounts == 1 && !cells.balance && last_row_y > 0 && row.y - last_row_y < 3 * page.em &&
          table.rows.back().amount && !table.rows.back().balance) {
        StatementTransaction& t = table.rows.back();
        std::optional<std::int64_t> before = table.rows.size() > 1 ? table.rows[table.rows.size() - 2].balance
                                                                   : (table.opening ? table.opening : options.opening);
        const std::int64_t shown = std::llabs(*cells.amount);
        // Without a balance before it, the amounts must print their sign and the balance none.
        const bool fits =
            before ? *before + *t.amount == shown || *before - *t.amount == shown : last_signed && !cells.signed_amount;
        if (fits) {
          t.balance = shown;
          if (!cells.description_words.empty()) {
            t.description += " " + words_text(row, cells.description_words);
            t.confidence = std::min(t.confidence, lowest_confidence(row, cells.description_words));
          }
          t.source.push_back(source_of(page, row, cells.used_words));
          last_row_y = row.y;
          continue;
        }
      }
      // Rows below no header on this page must read as dated, or sit under a
      // day heading or a dated row of this page.
      if (!page_header && cells.date_words.empty() && headings == 0 && dated == 0) continue;
      if (!date && cells.date_words.empty() && !page_header) continue;
      StatementTransaction t;
      t.date = date;
      t.description = words_text(row, cells.description_words);
      t.amount = cells.amount;
      t.balance = cells.balance;
      t.source.push_back(source_of(page, row, cells.used_words));
      t.confidence = lowest_confidence(row, cells.used_words);
      table.rows.push_back(std::move(t));
      last_signed = cells.signed_amount;
      unsigned_column.push_back(cells.unsigned_column < 0 ? -1 : headers * 16 + cells.unsigned_column);
      last_row_y = row.y;
    }
    if (page_header && headings == 0 && undated >= 2 && undated >= dated) {
      const TableColumn* date = columns->find(ColumnRole::kDate);
      const TableColumn* description = columns->find(ColumnRole::kDescription);
      const double right = description ? description->x0 : columns->numeric_left();
      const double left = date ? date->x0 : std::max(0.0, right - 0.12 * page.width);
      table.undated.emplace_back(
          static_cast<size_t>(&page - pages.data()),
          PageRegion{left - page.em, table_top + 0.6 * page.em, right - 0.3 * page.em, table_bottom + page.em});
    }
  }
  sign_columns_by_balance(table.rows, unsigned_column, table.opening ? table.opening : options.opening);
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
