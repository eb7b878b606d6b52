#include "extractors/common/document_locale.hpp"

#include <gtest/gtest.h>

#include "tests/extractors/form_pages.hpp"

namespace kycx::extractors {
namespace {

using testing::scanned_page;
using testing::text_at;

std::vector<ocr::Page> page_of(const std::vector<std::string>& lines) {
  std::vector<std::vector<testing::PlacedWord>> placed;
  double y = 0.1;
  for (const std::string& line : lines) placed.push_back(text_at(line, 0.1, y)), y += 0.03;
  return {scanned_page(placed)};
}

TEST(DocumentLocaleTest, ADateOnlyOneOrderReadsSettlesTheOrder) {
  EXPECT_EQ(infer_locale(page_of({"Statement date 14/05/2026", "Due 04/06/2026"})).day_order, DayOrder::kDayFirst);
  EXPECT_EQ(infer_locale(page_of({"Bill date 05/14/2026", "Due 06/04/2026"})).day_order, DayOrder::kMonthFirst);
  EXPECT_EQ(infer_locale(page_of({"Posted 14.05.2026"})).day_order, DayOrder::kDayFirst);
}

TEST(DocumentLocaleTest, WithoutSuchADateTheCurrencyOrAddressDecides) {
  EXPECT_EQ(infer_locale(page_of({"Amount to pay £45.20", "Date 04/05/2026"})).day_order, DayOrder::kDayFirst);
  EXPECT_EQ(infer_locale(page_of({"Springfield, IL 62704", "Date 04/05/2026"})).day_order, DayOrder::kMonthFirst);
  EXPECT_EQ(infer_locale(page_of({"10 Market St, Leeds LS1 4AP", "04/05/2026"})).day_order, DayOrder::kDayFirst);
}

TEST(DocumentLocaleTest, CanadianDocumentsStayUnknownAndTheirDollarIsCanadian) {
  const DocumentLocale l = infer_locale(page_of({"Winnipeg MB R2C 5B8", "Date 04/05/2026", "Total $12.50"}));
  EXPECT_EQ(l.day_order, DayOrder::kUnknown);
  EXPECT_EQ(l.dollar_currency, "CAD");
  EXPECT_EQ(l.currency, "CAD");  // the bare "$" of a Canadian address
  // No symbol at all: the address's country names the currency.
  EXPECT_EQ(infer_locale(page_of({"10 Market St, Leeds LS1 4AP", "Net pay 1,234.56"})).currency, "GBP");
  EXPECT_EQ(infer_locale(page_of({"Springfield, IL 62704", "Net pay 1,234.56"})).currency, "USD");
  // A symbol OCR reads into an identifier ("E81742" as "£81742") is no currency.
  EXPECT_EQ(infer_locale(page_of({"Austin, TX 78798",
                                  "Employee ID: \xC2\xA3"
                                  "81742"}))
                .currency,
            "USD");
}

TEST(DocumentLocaleTest, TheDecimalMarkFromTheAmounts) {
  EXPECT_EQ(infer_locale(page_of({"Saldo 1.234,56", "Importe 12,50"})).decimal_mark, DecimalMark::kComma);
  EXPECT_EQ(infer_locale(page_of({"Balance 1,234.56", "Fee 12.50"})).decimal_mark, DecimalMark::kPoint);
  EXPECT_EQ(infer_locale(page_of({"Date 03.04.2026"})).decimal_mark, DecimalMark::kAuto);  // a date, not an amount
  EXPECT_EQ(infer_locale(page_of({"Montant 1 234,56 EUR"})).currency, "EUR");
}

}  // namespace
}  // namespace kycx::extractors
