#include "extractors/bank_statement_reader.hpp"

#include <algorithm>

#include "extractors/statement_header.hpp"
#include "extractors/statement_rows.hpp"
#include "extractors/statement_summary.hpp"
#include "extractors/statement_table.hpp"

namespace kycx::extractors {

namespace {

// The account's currency: printed as such, else the symbol or code of its
// amounts, else the one its identifiers imply (ABA routing: USD; sort code or
// a GB IBAN: GBP; another IBAN: EUR), with a lower confidence.
std::optional<Field> currency_field(const StatementHeader& header, const StatementSummary& summary,
                                    const TransactionTable& table) {
  if (const Field* printed = header.fields.find("currency")) return *printed;
  if (summary.currency_field) return summary.currency_field;
  auto implied = [](const Field& from, const char* code, double weight) {
    Field f = from;
    f.value = code;
    f.evidence.ocr_confidence *= weight;
    f.confidence = f.evidence.ocr_confidence;
    return f;
  };
  const Field* routing = header.fields.find("routing_number");
  const Field* sort_code = header.fields.find("sort_code");
  const Field* iban = header.fields.find("iban");
  const Field* any = routing ? routing : sort_code ? sort_code : iban;
  if (!table.currency.empty() && any) return implied(*any, table.currency.c_str(), 0.9);
  if (routing) return implied(*routing, "USD", 0.8);
  if (sort_code) return implied(*sort_code, "GBP", 0.8);
  if (iban) {
    const std::string code = iban->value.get<std::string>().starts_with("GB") ? "GBP" : "EUR";
    return implied(*iban, code.c_str(), 0.8);
  }
  return std::nullopt;
}

Field transactions_field(const TransactionTable& table, Method method) {
  Field f;
  f.method = method;
  f.value = Json::array();
  double lowest = 1.0;
  for (const StatementTransaction& row : table.rows) {
    f.value.push_back(transaction_json(row));
    f.source.insert(f.source.end(), row.source.begin(), row.source.end());
    lowest = std::min(lowest, row.confidence);
    f.evidence.repaired = f.evidence.repaired || row.repaired;
  }
  f.evidence.ocr_confidence = table.rows.empty() ? 0.0 : lowest;
  f.confidence = f.evidence.ocr_confidence;  // replaced by the calibrated model in validation
  return f;
}

// A balance printed only on the table's opening or closing line.
std::optional<Field> table_balance(const TransactionTable& table, bool opening, Method method) {
  const auto cents = opening ? table.opening : table.closing;
  if (!cents || table.rows.empty()) return std::nullopt;
  const StatementTransaction& edge = opening ? table.rows.front() : table.rows.back();
  Field f;
  f.value = format_money(*cents);
  f.method = method;
  f.source.push_back(edge.source.front());
  f.evidence.ocr_confidence = edge.confidence;
  f.confidence = edge.confidence;
  return f;
}

}  // namespace

std::optional<Extraction> read_bank_statement(const ExtractContext& context) {
  std::vector<PageRows> pages;
  pages.reserve(context.pages.size());
  for (const ocr::Page& page : context.pages) pages.push_back(rows_of_page(page.text));
  if (pages.empty()) return std::nullopt;
  const Method method = pages.front().text_layer ? Method::kTextLayer : Method::kOcrRules;

  const StatementSummary summary = read_statement_summary(pages);
  const StatementHeader header = read_statement_header(pages, summary.currency == "USD");
  TableOptions table_options{.order = header.order, .year_hint = header.period_end};
  if (const Field* opening = summary.fields.find("opening_balance"))
    table_options.opening = parse_canonical_money(opening->value.get<std::string>());
  const TransactionTable table = read_transaction_table(pages, table_options);

  Extraction out;
  for (const auto& [name, field] : header.fields) out.fields.set(name, field);
  for (const auto& [name, field] : summary.fields) out.fields.set(name, field);
  if (auto currency = currency_field(header, summary, table)) out.fields.set("currency", *currency);
  if (!out.fields.contains("opening_balance")) {
    if (auto f = table_balance(table, true, method)) out.fields.set("opening_balance", *f);
  }
  if (!out.fields.contains("closing_balance")) {
    if (auto f = table_balance(table, false, method)) out.fields.set("closing_balance", *f);
  }
  if (table.found) out.fields.set("transactions", transactions_field(table, method));
  if (out.fields.empty()) return std::nullopt;
  out.extractors.emplace_back(to_string(method));
  return out;
}

}  // namespace kycx::extractors
