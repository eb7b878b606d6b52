#include "extractors/statements/statement_columns.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "extractors/common/printed_dates.hpp"
#include "extractors/common/printed_money.hpp"
#include "extractors/statements/statement_labels.hpp"
#include "extractors/statements/statement_summary.hpp"

namespace kycx::extractors::statements {

namespace {

namespace labels = statement_labels;

struct RoleNames {
  ColumnRole role;
  std::span<const std::string_view> names;
};

constexpr RoleNames kRoles[] = {
    {ColumnRole::kDate, labels::kDateHeader},     {ColumnRole::kValueDate, labels::kValueDateHeader},
    {ColumnRole::kType, labels::kTypeHeader},     {ColumnRole::kDescription, labels::kDescriptionHeader},
    {ColumnRole::kAmount, labels::kAmountHeader}, {ColumnRole::kDebit, labels::kDebitHeader},
    {ColumnRole::kCredit, labels::kCreditHeader}, {ColumnRole::kBalance, labels::kBalanceHeader},
};

// Section headings: which way a table's amounts go.
constexpr std::string_view kDebitSection[] = {"Withdrawals", "Debits",   "Payments",          "Checks",
                                              "Cheques",     "Fees",     "Charges",           "Money out",
                                              "Paid out",    "Retraits", "Card transactions", "Purchases"};
constexpr std::string_view kCreditSection[] = {"Deposits", "Credits", "Additions", "Money in", "Paid in", "Dépôts"};

struct Hit {
  ColumnRole role;
  size_t first, last;  // words of the row
};

// Every column name in `row`: longer names first, no word in two names.
std::vector<Hit> names_in_row(const TextRow& row) {
  std::vector<Hit> all;
  for (const RoleNames& r : kRoles) {
    for (size_t from = 0; from < row.words.size();) {
      const auto span = find_label_in_row(row, r.names, from);
      if (!span) break;
      all.push_back({r.role, span->first, span->last});
      from = span->last;
    }
  }
  std::stable_sort(all.begin(), all.end(),
                   [](const Hit& a, const Hit& b) { return a.last - a.first > b.last - b.first; });
  std::vector<bool> used(row.words.size(), false);
  std::vector<Hit> kept;
  for (const Hit& h : all) {
    if (std::any_of(used.begin() + long(h.first), used.begin() + long(h.last), [](bool u) { return u; })) continue;
    std::fill(used.begin() + long(h.first), used.begin() + long(h.last), true);
    kept.push_back(h);
  }
  return kept;
}

bool holds_values(const TextRow& row, double em) {
  for (const auto& [first, last] : cells_of_row(row, em)) {
    for (size_t k = first; k < last; ++k) {
      if (money_in_words(row, k, last)) return true;
    }
  }
  return !find_printed_dates(row.text()).empty();
}

// A currency code or symbol printed after an amount column's name ("Amount EUR", "Debit (€)").
bool is_currency_word(const std::string& text) {
  std::string bare;
  for (char c : text) {
    if (c != '(' && c != ')') bare.push_back(c);
  }
  return !bare.empty() && !currency_from_printed(bare).empty();
}

SectionSign section_above(const PageRows& page, size_t r) {
  SectionSign sign = SectionSign::kUnknown;
  for (size_t k = r; k-- > 0 && r - k <= 2;) {
    const TextRow& row = page.rows[k];
    if (page.rows[r].y - row.y > 4 * page.em || holds_values(row, page.em)) break;
    const bool debit = find_label_in_row(row, kDebitSection).has_value();
    const bool credit = find_label_in_row(row, kCreditSection).has_value();
    if (debit != credit) return debit ? SectionSign::kDebits : SectionSign::kCredits;
  }
  return sign;
}

}  // namespace

const TableColumn* TableColumns::find(ColumnRole role) const {
  for (const TableColumn& c : columns) {
    if (c.role == role) return &c;
  }
  return nullptr;
}

double TableColumns::numeric_left() const {
  double left = 1e18;
  for (const TableColumn& c : columns) {
    if (c.numeric()) left = std::min(left, c.x0);
  }
  return left;
}

std::optional<TableColumns> header_at(const PageRows& page, size_t r) {
  if (r >= page.rows.size() || holds_values(page.rows[r], page.em)) return std::nullopt;
  TableColumns out;
  out.first_row = out.last_row = r;
  std::vector<TableColumn> found;
  for (size_t k = r; k < page.rows.size() && k < r + 3; ++k) {
    const TextRow& row = page.rows[k];
    if (k > r && (row.y - page.rows[k - 1].y > 1.3 * page.em || holds_values(row, page.em))) break;
    const std::vector<Hit> hits = names_in_row(row);
    if (hits.empty()) break;
    out.last_row = k;
    for (const Hit& h : hits) {
      TableColumn c{h.role, row.words[h.first].x0, row.words[h.last - 1].x1};
      if (c.numeric() && h.last < row.words.size() && is_currency_word(row.words[h.last].word->text) &&
          row.words[h.last].x0 - c.x1 < page.em)
        c.x1 = row.words[h.last].x1;
      // A name stacked over another of the same role names one column.
      auto same = std::find_if(found.begin(), found.end(), [&](const TableColumn& f) {
        return f.role == c.role && f.x0 < c.x1 + page.em && c.x0 < f.x1 + page.em;
      });
      if (same != found.end()) {
        same->x0 = std::min(same->x0, c.x0), same->x1 = std::max(same->x1, c.x1);
      } else {
        found.push_back(c);
      }
    }
  }
  std::sort(found.begin(), found.end(), [](const TableColumn& a, const TableColumn& b) { return a.x0 < b.x0; });
  // A role twice side by side is a list in several columns ("Date Amount
  // Date Amount": daily balances), not a transaction table.
  for (size_t a = 0; a < found.size(); ++a) {
    for (size_t b = a + 1; b < found.size(); ++b) {
      if (found[a].role == found[b].role) return std::nullopt;
    }
  }
  // Without a description column the reference (a check's number) describes the row.
  const auto is_description = [](const TableColumn& c) { return c.role == ColumnRole::kDescription; };
  if (std::none_of(found.begin(), found.end(), is_description)) {
    for (TableColumn& c : found) {
      if (c.role == ColumnRole::kType) c.role = ColumnRole::kDescription;
    }
  }
  out.columns = std::move(found);
  const TableColumn* description = out.find(ColumnRole::kDescription);
  const TableColumn* date = out.find(ColumnRole::kDate);
  const bool amounts = out.find(ColumnRole::kAmount) || out.find(ColumnRole::kDebit) || out.find(ColumnRole::kCredit);
  // Two names are a header only as a description and an amount column.
  const bool pair = out.columns.size() == 2 && description && out.find(ColumnRole::kAmount);
  if ((out.columns.size() < 3 && !pair) || !amounts || (!description && !date)) return std::nullopt;
  const double text_left = description ? description->x0 : date->x0;
  if (out.numeric_left() <= text_left) return std::nullopt;
  out.section = section_above(page, r);
  return out;
}

std::string month_letters(std::string_view text) {
  std::string out(text);
  for (size_t k = 0; k + 2 < out.size(); ++k) {
    const bool ct = (out[k + 1] == 'c' && out[k + 2] == 't') || (out[k + 1] == 'C' && out[k + 2] == 'T');
    if (out[k] == '0' && ct) out[k] = 'O';
  }
  // ... a slash it reads as I, l or | between digits ("7I14") ...
  for (size_t k = 1; k + 1 < out.size(); ++k) {
    const bool between =
        std::isdigit(static_cast<unsigned char>(out[k - 1])) && std::isdigit(static_cast<unsigned char>(out[k + 1]));
    if (between && (out[k] == 'I' || out[k] == 'l' || out[k] == '|')) out[k] = '/';
  }
  // ... and an O it adds before a day's leading zero ("O01 Oct", "O08Aug26").
  for (size_t k = 0; k + 3 < out.size(); ++k) {
    const bool starts = k == 0 || out[k - 1] == ' ';
    if (starts && out[k] == 'O' && out[k + 1] == '0' && std::isdigit(static_cast<unsigned char>(out[k + 2])) &&
        !std::isdigit(static_cast<unsigned char>(out[k + 3])))
      out.erase(k, 1);
  }
  return out;
}

std::optional<TableColumns> columns_from_values(const PageRows& page, const DateParseOptions& dates) {
  struct Edge {
    double x0, x1;
    int rows = 0;
  };
  std::vector<Edge> amounts;  // clusters of amount cells, by right edge
  std::vector<double> date_x0, text_x0, after_code_x0, code_x1;
  size_t first = page.rows.size();
  for (size_t r = 0; r < page.rows.size(); ++r) {
    const TextRow& row = page.rows[r];
    const auto cells = cells_of_row(row, 1.2 * page.em);
    if (cells.size() < 3) continue;
    // A date in the row's first one to three words, then text, then amounts.
    size_t date_end = 0;
    for (size_t n = 1; n <= 3 && n <= cells.front().second; ++n) {
      if (read_printed_date(month_letters(row.text(0, n)), dates)) date_end = n;
    }
    if (date_end == 0 || date_end >= row.words.size()) continue;
    int found = 0;
    for (size_t c = cells.size(); c-- > 1 && found < 3;) {
      const auto [a, b] = cells[c];
      if (!money_in_words(row, a, b)) break;
      ++found;
      const double x0 = row.words[a].x0, x1 = row.words[b - 1].x1;
      auto near = std::find_if(amounts.begin(), amounts.end(),
                               [&](const Edge& e) { return std::abs(e.x1 - x1) < 1.5 * page.em; });
      if (near == amounts.end()) {
        amounts.push_back({x0, x1, 1});
      } else {
        near->x0 = std::min(near->x0, x0), near->x1 = std::max(near->x1, x1), ++near->rows;
      }
    }
    if (found == 0) continue;
    first = std::min(first, r);
    date_x0.push_back(row.words[0].x0);
    text_x0.push_back(row.words[date_end].x0);
    // A short code before the text ("DEB", "FPI") may be a column of its own.
    const bool code = row.words[date_end].word->text.size() <= 4 && date_end + 1 < row.words.size();
    after_code_x0.push_back(code ? row.words[date_end + 1].x0 : -1e9);
    code_x1.push_back(row.words[date_end].x1);
  }
  if (date_x0.size() < 3 || first == 0) return std::nullopt;
  std::erase_if(amounts, [](const Edge& e) { return e.rows < 2; });
  if (amounts.empty()) return std::nullopt;
  std::sort(amounts.begin(), amounts.end(), [](const Edge& a, const Edge& b) { return a.x1 < b.x1; });
  std::sort(date_x0.begin(), date_x0.end());
  std::sort(text_x0.begin(), text_x0.end());
  TableColumns out;
  out.first_row = out.last_row = first - 1;
  out.columns.push_back({ColumnRole::kDate, date_x0.front(), date_x0.front()});
  // A type column: every row's text starts with a short code, and the words
  // after codes of different widths start at one edge (free text after a
  // code follows it at one space).
  std::vector<double> sorted = after_code_x0;
  std::sort(sorted.begin(), sorted.end());
  std::erase_if(sorted, [](double x) { return x <= -1e9; });
  if (sorted.empty()) sorted.push_back(-1e9);
  const double edge = sorted[sorted.size() / 2];
  size_t on_edge = 0;
  double narrowest = 1e18, widest = -1e18;
  for (size_t k = 0; k < after_code_x0.size(); ++k) {
    if (std::abs(after_code_x0[k] - edge) >= 0.3 * page.em) continue;
    ++on_edge;
    narrowest = std::min(narrowest, code_x1[k]), widest = std::max(widest, code_x1[k]);
  }
  const double text_left = text_x0[text_x0.size() / 2];
  const auto coded =
      static_cast<size_t>(std::count_if(after_code_x0.begin(), after_code_x0.end(), [](double x) { return x > -1e9; }));
  if (edge > text_left && 10 * on_edge >= 9 * coded && 10 * coded >= 6 * after_code_x0.size() &&
      widest - narrowest > 0.6 * page.em) {
    out.columns.push_back({ColumnRole::kType, text_left, text_left});
    out.columns.push_back({ColumnRole::kDescription, edge, edge});
  } else {
    out.columns.push_back({ColumnRole::kDescription, text_left, text_left});
  }
  const bool balance = amounts.size() > 1 && 2 * amounts.back().rows > int(date_x0.size());
  for (size_t k = 0; k < amounts.size(); ++k) {
    const ColumnRole role = balance && k + 1 == amounts.size() ? ColumnRole::kBalance : ColumnRole::kAmount;
    out.columns.push_back({role, amounts[k].x0, amounts[k].x1});
  }
  if (out.numeric_left() <= out.find(ColumnRole::kDescription)->x0) return std::nullopt;
  return out;
}

}  // namespace kycx::extractors::statements
