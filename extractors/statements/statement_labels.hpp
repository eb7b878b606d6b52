// The printed labels of a bank statement (every synonym statements use) and
// finding them in visual rows despite case, punctuation and OCR slips.
// Pure functions over constant tables; thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "extractors/statements/statement_rows.hpp"

namespace kycx::extractors::statement_labels {

inline constexpr std::string_view kAccountNumber[] = {"Account Number", "Account No", "Acct #", "Account #", "Acct No"};
inline constexpr std::string_view kRoutingNumber[] = {"Routing Number", "ABA Routing #", "Routing no", "ABA",
                                                      "Routing",        "Transit Number"};
inline constexpr std::string_view kSortCode[] = {"Sort Code", "Sort code"};
inline constexpr std::string_view kIban[] = {"IBAN"};
inline constexpr std::string_view kPeriod[] = {"Statement Period", "For the period", "Period", "Statement dates"};
inline constexpr std::string_view kCurrency[] = {"Currency", "Account currency"};
inline constexpr std::string_view kOpening[] = {
    "Opening balance", "Beginning Balance", "Balance brought forward", "Previous balance", "Starting balance",
    "Start balance",   "Brought forward",   "Solde d'ouverture",       "Solde précédent",  "Saldo inicial",
    "Saldo anterior",  "Anfangssaldo",      "Alter Kontostand"};
inline constexpr std::string_view kCredits[] = {"Total credits", "Deposits and other credits", "Money in",
                                                "Total deposits", "Paid in"};
inline constexpr std::string_view kDebits[] = {"Total debits", "Withdrawals and other debits", "Money out",
                                               "Total withdrawals", "Paid out"};
inline constexpr std::string_view kClosing[] = {"Closing balance", "Ending Balance",   "Balance carried forward",
                                                "New balance",     "Carried forward",  "Solde de clôture",
                                                "Nouveau solde",   "Solde final",      "Saldo final",
                                                "Endsaldo",        "Neuer Kontostand", "End balance"};
// Closing labels that end a page of the table, not the table.
inline constexpr std::string_view kCarriedForward[] = {"Balance carried forward", "Carried forward"};
// A table's (or a section's) totals line.
inline constexpr std::string_view kTotals[] = {"Total", "Totals", "Totaux", "Subtotal", "Sub-total", "Summe"};
// Transaction table headers.
inline constexpr std::string_view kDateHeader[] = {"Date",       "Posting date", "Booking date", "Transaction date",
                                                   "Trans date", "Fecha",        "Datum",        "Buchungsdatum"};
inline constexpr std::string_view kValueDateHeader[] = {"Value date", "Date de valeur", "Fecha valor",
                                                        "Valuta",     "Wertstellung",   "Effective date"};
inline constexpr std::string_view kTypeHeader[] = {"Type", "Code", "Ref", "Reference", "Cheque no", "Check no"};
inline constexpr std::string_view kDescriptionHeader[] = {
    "Description", "Details",  "Transaction", "Particulars",  "Transaction details", "Narrative",       "Libellé",
    "Opération",   "Concepto", "Descripción", "Buchungstext", "Beschreibung",        "Verwendungszweck"};
inline constexpr std::string_view kAmountHeader[] = {"Amount", "Montant", "Importe", "Betrag"};
inline constexpr std::string_view kDebitHeader[] = {"Debit",    "Debits",   "Withdrawals", "Money out", "Paid out",
                                                    "Retraits", "Débit",    "Débits",      "Cargos",    "Cargo",
                                                    "Soll",     "Payments", "Withdrawn",   "Out"};
inline constexpr std::string_view kCreditHeader[] = {"Credit", "Credits",   "Deposits",  "Money in", "Paid in",
                                                     "Dépôts", "Crédit",    "Crédits",   "Abonos",   "Abono",
                                                     "Haben",  "Additions", "Deposited", "In"};
inline constexpr std::string_view kBalanceHeader[] = {"Balance", "Solde", "Saldo", "Kontostand"};

}  // namespace kycx::extractors::statement_labels

namespace kycx::extractors::statements {

// Words [first, last) of a row that print a label.
struct LabelSpan {
  size_t first = 0;
  size_t last = 0;
};

// The leftmost, then longest, of `labels` in `row` at or after word `from`.
std::optional<LabelSpan> find_label_in_row(const TextRow& row, std::span<const std::string_view> labels,
                                           size_t from = 0);

// Where a label sits in a page's rows.
struct StatementLabelHit {
  size_t row = 0;
  LabelSpan span;
};

// Every row of `page` holding one of `labels`, top to bottom.
std::vector<StatementLabelHit> find_label(const PageRows& page, std::span<const std::string_view> labels);

}  // namespace kycx::extractors::statements
