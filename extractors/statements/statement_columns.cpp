#include "extractors/statements/statement_columns.hpp"

#include <algorithm>
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
  if (out.columns.size() < 3 || !amounts || (!description && !date)) return std::nullopt;
  const double text_left = description ? description->x0 : date->x0;
  if (out.numeric_left() <= text_left) return std::nullopt;
  out.section = section_above(page, r);
  return out;
}

}  // namespace kycx::extractors::statements
