#include "extractors/statements/bank_statement_reader.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "core/document_types.hpp"
#include "extractors/common/document_locale.hpp"
#include "extractors/common/name_reread.hpp"
#include "extractors/common/text_match.hpp"
#include "extractors/statements/statement_header.hpp"
#include "extractors/statements/statement_labels.hpp"
#include "extractors/statements/statement_reread.hpp"
#include "extractors/statements/statement_rows.hpp"
#include "extractors/statements/statement_summary.hpp"
#include "extractors/statements/statement_table.hpp"

namespace kycx::extractors::statements {

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

// Values the first page's OCR missed beside their labels (a sort code, an
// amount), read again from the image, one line right of the label.
void reread_missing_values(const ExtractContext& context, PageRows& page) {
  namespace labels = statement_labels;
  const std::span<const std::string_view> groups[] = {
      labels::kAccountNumber, labels::kRoutingNumber, labels::kSortCode, labels::kIban,   labels::kPeriod,
      labels::kCurrency,      labels::kOpening,       labels::kCredits,  labels::kDebits, labels::kClosing};
  std::vector<RereadRequest> requests;
  for (const auto names : groups) {
    for (const StatementLabelHit& hit : find_label(page, names)) {
      const TextRow& row = page.rows[hit.row];
      if (row.y > 0.5 * page.height || run_right_of(page, hit.row, hit.span.first, hit.span.last, 0.5 * page.width))
        continue;
      const double y = row.words[hit.span.first].y, x = row.words[hit.span.last - 1].x1;
      requests.push_back({.region = {x + 0.2 * page.em, y - 0.9 * page.em,
                                     std::min(0.97 * page.width, x + 0.45 * page.width), y + 0.9 * page.em}});
    }
  }
  for (const RereadRequest& request : requests) reread_region_into_rows(context, 0, page, request);
}

// A name read again with the precise model, which keeps the accents the
// page's OCR drops: taken when it spells the same letters, or nearly the
// same letters with more confidence.
void reread_precisely(const ExtractContext& context, const PageRows& page, FieldSet& fields, const char* name) {
  Field* field = fields.find(name);
  if (field == nullptr || field->missing() || field->source.empty() || context.precise_ocr == nullptr) return;
  ocr::Word probe{field->value.get<std::string>(), field->source.front().bbox, 1.0f, -1};
  const PlacedWord at = page.place(probe);
  const RereadRequest request{
      .region = {at.x0 - 0.5 * at.height, at.y - 0.9 * at.height, at.x1 + 0.5 * at.height, at.y + 0.9 * at.height},
      .precise = true};
  const std::vector<ocr::Word> words = read_region(context, static_cast<size_t>(page.page - 1), page, request);
  if (words.empty()) return;
  std::string text;
  double lowest = 1.0;
  for (const ocr::Word& w : words) {
    text += (text.empty() ? "" : " ") + w.text;
    lowest = std::min(lowest, double(w.confidence));
  }
  const std::string before = field->value.get<std::string>();
  if (text == before) return;
  const std::string a = fold(text), b = fold(before);
  const bool same_letters = a == b;
  const bool better = edit_distance(a, b, 2) <= 2 && lowest > field->evidence.ocr_confidence;
  if (!same_letters && !better) return;
  field->value = text;
  field->source.front().text = text;
  field->evidence.readings += 1;
  field->evidence.ocr_confidence = lowest;
  field->confidence = lowest;
}

// The latest date printed with its year on the statement's pages.
std::optional<Date> latest_full_date(std::span<const PageRows> pages, DayOrder order) {
  std::optional<Date> latest;
  for (const PageRows& page : pages) {
    for (const TextRow& row : page.rows) {
      for (const DateMatch& m : find_printed_dates(row.text(), {.order = order})) {
        if (m.has_year && !m.ambiguous && (!latest || *latest < m.date)) latest = m.date;
      }
    }
  }
  return latest;
}

}  // namespace

std::optional<Extraction> read_bank_statement(const ExtractContext& context) {
  std::vector<PageRows> pages;
  pages.reserve(context.pages.size());
  for (const ocr::Page& page : context.pages) pages.push_back(rows_of_page(page.text));
  if (pages.empty()) return std::nullopt;
  if (std::getenv("KYCX_STMT_DEBUG")) {  // DEBUG-ONLY
    for (const PageRows& p : pages) {
      std::fprintf(stderr, "PAGE %d em=%.1f w=%.0f\n", p.page, p.em, p.width);
      for (const TextRow& r : p.rows) {
        std::fprintf(stderr, "%6.1f h=%4.1f |", r.y, r.height);
        for (const PlacedWord& w : r.words) std::fprintf(stderr, " %s@%.0f-%.0f", w.word->text.c_str(), w.x0, w.x1);
        std::fprintf(stderr, "\n");
      }
    }
  }
  const Method method = pages.front().text_layer ? Method::kTextLayer : Method::kOcrRules;

  if (!pages.front().text_layer) reread_missing_values(context, pages.front());
  const StatementSummary summary = read_statement_summary(pages);
  StatementHeader header = read_statement_header(pages, summary.currency == "USD");
  if (!pages.front().text_layer) {
    reread_precisely(context, pages.front(), header.fields, "bank_name");
    // The holder's name is read again by the names model only: a precise
    // reading before it changed no value on 45 held-out statements and cost
    // a Tesseract call per statement.
    if (Field* holder = header.fields.find("account_holder_name")) *holder = reread_name(context, std::move(*holder));
  }
  // Dates in the table follow the document's own day order where its print
  // settles it, and take their year from the period (else the latest full
  // date the statement prints).
  const DocumentLocale locale = infer_locale(context.pages);
  TableOptions table_options{
      .order = locale.day_order != DayOrder::kUnknown ? locale.day_order : header.order,
      .year_hint = header.period_end ? header.period_end : latest_full_date(pages, header.order)};
  if (const Field* opening = summary.fields.find("opening_balance"))
    table_options.opening = parse_canonical_money(opening->value.get<std::string>());
  TransactionTable table = read_transaction_table(pages, table_options);
  if (!table.undated.empty()) {
    // The page's OCR missed the date column: read it alone, then the table again.
    int added = 0;
    for (const auto& [index, region] : table.undated) {
      added += reread_region_into_rows(context, index, pages[index],
                                       {.region = region, .mode = ocr::SegmentationMode::kSingleBlock});
    }
    if (added > 0) table = read_transaction_table(pages, table_options);
  }

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

std::string_view BankStatementReader::document_type() const {
  return document_types::kBankStatement;
}

std::optional<Extraction> BankStatementReader::read(const Classification& /*classification*/,
                                                    const ExtractContext& context) const {
  return read_bank_statement(context);
}

}  // namespace kycx::extractors::statements
