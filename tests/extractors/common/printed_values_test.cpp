#include "extractors/common/printed_values.hpp"

#include <gtest/gtest.h>

namespace kycx::extractors {
namespace {

std::string date_of(std::string_view text, const DateParseOptions& options = {}) {
  const auto d = parse_printed_date(text, options);
  return d ? format_date(*d) : "none";
}

std::string money_of(std::string_view text, const MoneyParseOptions& options = {}) {
  const auto m = parse_printed_money(text, options);
  if (!m) return "none";
  return format_money(m->cents) + (m->currency.empty() ? "" : " " + m->currency) + (m->sign_shown ? " signed" : "");
}

TEST(PrintedValuesTest, ReadsFullDatesInEveryPrintedStyle) {
  EXPECT_EQ(date_of("03/14/2026"), "2026-03-14");
  EXPECT_EQ(date_of("2026-03-14"), "2026-03-14");
  EXPECT_EQ(date_of("14.03.2026"), "2026-03-14");
  EXPECT_EQ(date_of("14-03-2026"), "2026-03-14");
  EXPECT_EQ(date_of("14 Mar 2026"), "2026-03-14");
  EXPECT_EQ(date_of("14 MAR 2026"), "2026-03-14");
  EXPECT_EQ(date_of("14-Mar-2026"), "2026-03-14");
  EXPECT_EQ(date_of("March 14, 2026"), "2026-03-14");
  EXPECT_EQ(date_of("Mar 14 2026"), "2026-03-14");
  EXPECT_EQ(date_of("Mar. 4, 2026"), "2026-03-04");
  EXPECT_EQ(date_of("4 March 2026"), "2026-03-04");
  EXPECT_EQ(date_of("4th March 2026"), "2026-03-04");
  EXPECT_EQ(date_of("Sept 30, 2025"), "2025-09-30");
  EXPECT_EQ(date_of("03/14/26"), "2026-03-14");
  EXPECT_EQ(date_of(" (03/14/2026), "), "2026-03-14");
}

TEST(PrintedValuesTest, NumericOrderFollowsTheOptionUnlessOnlyOneOrderIsADate) {
  EXPECT_EQ(date_of("03/04/2026"), "2026-03-04");
  EXPECT_EQ(date_of("03/04/2026", {.order = DayOrder::kDayFirst}), "2026-04-03");
  EXPECT_EQ(date_of("14/03/2026"), "2026-03-14");  // only day first is a date
  EXPECT_EQ(date_of("03/14/2026", {.order = DayOrder::kDayFirst}), "2026-03-14");
  EXPECT_EQ(date_of("03.04.2026"), "2026-04-03");  // dots are day first
  EXPECT_EQ(date_of("2026/04/03", {.order = DayOrder::kDayFirst}), "2026-04-03");
}

TEST(PrintedValuesTest, ToleratesOcrNoise) {
  EXPECT_EQ(date_of("O3/14/2O26"), "2026-03-14");
  EXPECT_EQ(date_of("03 / 14 / 2026"), "2026-03-14");
  EXPECT_EQ(date_of("l4.03.2026"), "2026-03-14");
  EXPECT_EQ(date_of("Marcb 14, 2026"), "2026-03-14");
  EXPECT_EQ(date_of("Septmber 3, 2026"), "2026-09-03");
}

TEST(PrintedValuesTest, RefusesWhatIsNotExactlyOneDate) {
  EXPECT_EQ(date_of("02/30/2026"), "none");
  EXPECT_EQ(date_of("13/13/2026"), "none");
  EXPECT_EQ(date_of("03/14"), "none");  // no year and no hint
  EXPECT_EQ(date_of("Mar 2026"), "none");
  EXPECT_EQ(date_of("03/01/2026 - 03/31/2026"), "none");
  EXPECT_EQ(date_of("REF 03/14/2026"), "none");
  EXPECT_EQ(date_of("1,234.56"), "none");
  EXPECT_EQ(date_of("Mayor 3, 2026"), "none");
}

TEST(PrintedValuesTest, YearlessDatesTakeTheYearNearestTheHint) {
  const DateParseOptions dec{.year_hint = Date{2026, 1, 10}};
  EXPECT_EQ(date_of("12/20", dec), "2025-12-20");
  EXPECT_EQ(date_of("01/05", dec), "2026-01-05");
  const DateParseOptions uk{.order = DayOrder::kDayFirst, .year_hint = Date{2026, 3, 31}};
  EXPECT_EQ(date_of("05/03", uk), "2026-03-05");
  EXPECT_EQ(date_of("05 Mar", uk), "2026-03-05");
  EXPECT_EQ(date_of("Mar 05", uk), "2026-03-05");
  EXPECT_EQ(date_of("14.03.", uk), "2026-03-14");
  EXPECT_EQ(date_of("29/02", uk), "none");  // 2025-2027 have no 29 February
}

TEST(PrintedValuesTest, FindsEveryDateInALine) {
  const std::string line = "Statement Period: March 1, 2026 to March 31, 2026";
  const auto found = find_printed_dates(line);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(format_date(found[0].date), "2026-03-01");
  EXPECT_EQ(line.substr(found[0].begin, found[0].end - found[0].begin), "March 1, 2026");
  EXPECT_EQ(format_date(found[1].date), "2026-03-31");
  EXPECT_EQ(line.substr(found[1].begin, found[1].end - found[1].begin), "March 31, 2026");

  const auto dotted = find_printed_dates("Period: 01.03.2026 \xE2\x80\x93 31.03.2026");
  ASSERT_EQ(dotted.size(), 2u);
  EXPECT_EQ(format_date(dotted[1].date), "2026-03-31");

  const auto dashed = find_printed_dates("2026-03-01 - 2026-03-31");
  ASSERT_EQ(dashed.size(), 2u);
  EXPECT_EQ(format_date(dashed[0].date), "2026-03-01");

  const auto none = find_printed_dates("PPD ID: 1234567890 #4411");
  EXPECT_TRUE(none.empty());

  const auto yearless = find_printed_dates("ZELLE FROM ANN LEE ON 03/05 REF # X1", {.year_hint = Date{2026, 3, 31}});
  ASSERT_EQ(yearless.size(), 1u);
  EXPECT_FALSE(yearless[0].has_year);
  EXPECT_EQ(format_date(yearless[0].date), "2026-03-05");
}

TEST(PrintedValuesTest, ReadsAmountsInEveryPrintedStyle) {
  EXPECT_EQ(money_of("$1,234.56"), "1234.56 USD");
  EXPECT_EQ(money_of("1,234.56"), "1234.56");
  EXPECT_EQ(money_of("USD 1234.56"), "1234.56 USD");
  EXPECT_EQ(money_of("1234.56 usd"), "1234.56 USD");
  EXPECT_EQ(money_of("0.07"), "0.07");
  EXPECT_EQ(money_of("12"), "12.00");
  EXPECT_EQ(money_of("1,234"), "1234.00");
  EXPECT_EQ(money_of("1,234,567.89"), "1234567.89");
  EXPECT_EQ(money_of("\xE2\x82\xAC"
                     "12.00"),
            "12.00 EUR");
  EXPECT_EQ(money_of("\xC2\xA3"
                     "1,000.00"),
            "1000.00 GBP");
  EXPECT_EQ(money_of("GBP 5.10"), "5.10 GBP");
  EXPECT_EQ(money_of("EUR 1.234,56"), "1234.56 EUR");
  EXPECT_EQ(money_of("1.234,56 \xE2\x82\xAC"), "1234.56 EUR");
  EXPECT_EQ(money_of("1 234,56 \xE2\x82\xAC"), "1234.56 EUR");
  EXPECT_EQ(money_of("1'234.56"), "1234.56");
  EXPECT_EQ(money_of("C$ 20.00"), "20.00 CAD");
  EXPECT_EQ(money_of("$20.00", {.dollar_currency = "CAD"}), "20.00 CAD");
}

TEST(PrintedValuesTest, ReadsEveryWayOfPrintingASign) {
  EXPECT_EQ(money_of("(1,234.56)"), "-1234.56 signed");
  EXPECT_EQ(money_of("($1,234.56)"), "-1234.56 USD signed");
  EXPECT_EQ(money_of("1,234.56-"), "-1234.56 signed");
  EXPECT_EQ(money_of("-$12.00"), "-12.00 USD signed");
  EXPECT_EQ(money_of("$-12.00"), "-12.00 USD signed");
  EXPECT_EQ(money_of("USD -12.00"), "-12.00 USD signed");
  EXPECT_EQ(money_of("-1.234,56 \xE2\x82\xAC"), "-1234.56 EUR signed");
  EXPECT_EQ(money_of("\xE2\x88\x92"
                     "12.00"),
            "-12.00 signed");
  EXPECT_EQ(money_of("12.00 DR"), "-12.00 signed");
  EXPECT_EQ(money_of("12.00CR"), "12.00 signed");
  EXPECT_EQ(money_of("+12.00"), "12.00 signed");
}

TEST(PrintedValuesTest, ToleratesOcrNoiseInAmounts) {
  EXPECT_EQ(money_of("1.234.56"), "1234.56");  // comma read as a point
  EXPECT_EQ(money_of("l,234.5O"), "1234.50");
  EXPECT_EQ(money_of("$ 1,234.56"), "1234.56 USD");
  EXPECT_EQ(money_of(" 12.00 "), "12.00");
}

TEST(PrintedValuesTest, RefusesWhatIsNotOneAmount) {
  EXPECT_EQ(money_of(""), "none");
  EXPECT_EQ(money_of("$"), "none");
  EXPECT_EQ(money_of("Balance"), "none");
  EXPECT_EQ(money_of("12.00 1,234.56"), "none");
  EXPECT_EQ(money_of("1,23.45"), "none");
  EXPECT_EQ(money_of("12,3456.00"), "none");
  EXPECT_EQ(money_of("12.5"), "none");
  EXPECT_EQ(money_of("(12.00"), "none");
  EXPECT_EQ(money_of("-12.00-"), "none");
  EXPECT_EQ(money_of("-12.00 CR"), "none");
  EXPECT_EQ(money_of("03/14/2026"), "none");
  EXPECT_EQ(money_of("14.03.2026"), "none");
  EXPECT_EQ(money_of("12 ABC"), "none");
  EXPECT_EQ(money_of("1234", {.require_decimals = true}), "none");
  EXPECT_EQ(money_of("1,234.56", {.decimal_mark = DecimalMark::kComma}), "none");
  EXPECT_EQ(money_of("1.234", {.decimal_mark = DecimalMark::kComma}), "1234.00");
  EXPECT_EQ(money_of("1,23", {.decimal_mark = DecimalMark::kPoint}), "none");
  EXPECT_EQ(money_of("9999999999999999.00"), "none");
}

TEST(PrintedValuesTest, FindsEveryAmountInALine) {
  const std::string line = "03/14 DEBIT CARD #4411 12.00 Bal USD 1,234.56 Total: (5.00),";
  const auto found = find_printed_money(line, {.require_decimals = true});
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].money.cents, 1200);
  EXPECT_EQ(found[1].money.cents, 123456);
  EXPECT_EQ(found[1].money.currency, "USD");
  EXPECT_EQ(line.substr(found[1].begin, found[1].end - found[1].begin), "USD 1,234.56");
  EXPECT_EQ(found[2].money.cents, -500);

  const auto eu = find_printed_money("Saldo 1 234,56 \xE2\x82\xAC", {.decimal_mark = DecimalMark::kComma});
  ASSERT_EQ(eu.size(), 1u);
  EXPECT_EQ(eu[0].money.cents, 123456);
  EXPECT_EQ(eu[0].money.currency, "EUR");
}

TEST(PrintedValuesTest, NamesCurrencies) {
  EXPECT_EQ(currency_from_printed("$"), "USD");
  EXPECT_EQ(currency_from_printed("$", "CAD"), "CAD");
  EXPECT_EQ(currency_from_printed("\xE2\x82\xAC"), "EUR");
  EXPECT_EQ(currency_from_printed(" gbp "), "GBP");
  EXPECT_EQ(currency_from_printed("XYZ"), "");
  EXPECT_EQ(currency_from_printed("USDA"), "");
}

}  // namespace
}  // namespace kycx::extractors
