// What a document's own print says about how to read its dates and amounts:
// day before month or after it, the decimal mark, the currency. Taken from
// evidence on the page (a date whose first number is over 12, amounts like
// "1.234,56", a currency symbol or code, UK and US postal addresses), never
// assumed: where the document does not settle a question, the answer is
// unknown and the readers send the affected values to review. Pure; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "extractors/common/printed_dates.hpp"
#include "extractors/common/printed_money.hpp"
#include "ocr/page.hpp"

namespace kycx::extractors {

struct DocumentLocale {
  DayOrder day_order = DayOrder::kUnknown;
  DecimalMark decimal_mark = DecimalMark::kAuto;  // kAuto: both marks seen, or none
  std::string currency;                           // ISO 4217 when the print names one, else empty
  std::string dollar_currency = "USD";            // what a bare "$" means (CAD on Canadian documents)
  std::vector<std::string> evidence;              // "date:day_first", "currency:GBP", ... for explanation

  DateParseOptions date_options() const { return {.order = day_order}; }
  MoneyParseOptions money_options(bool require_decimals = true) const {
    return {.decimal_mark = decimal_mark, .dollar_currency = dollar_currency, .require_decimals = require_decimals};
  }
};

struct LocaleOptions {
  int min_votes = 1;       // dates whose first or second number is over 12 that settle the order
  double min_share = 0.8;  // of the votes for the winning order or mark
};

DocumentLocale infer_locale(const std::vector<ocr::Page>& pages, const LocaleOptions& options = {});

}  // namespace kycx::extractors
