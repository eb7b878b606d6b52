#include "extractors/common/printed_money.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/value_format.hpp"

namespace kycx::extractors {
namespace {

std::string money_of(std::string_view text, const MoneyParseOptions& options = {}) {
  const auto m = parse_printed_money(text, options);
  if (!m) return "none";
  return format_money(m->cents) + (m->currency.empty() ? "" : " " + m->currency) + (m->sign_shown ? " signed" : "");
}

TEST(PrintedMoneyTest, ReadsAmountsInEveryPrintedStyle) {
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

TEST(PrintedMoneyTest, ReadsEveryWayOfPrintingASign) {
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

TEST(PrintedMoneyTest, ToleratesOcrNoiseInAmounts) {
  EXPECT_EQ(money_of("1.234.56"), "1234.56");  // comma read as a point
  EXPECT_EQ(money_of("l,234.5O"), "1234.50");
  EXPECT_EQ(money_of("$ 1,234.56"), "1234.56 USD");
  EXPECT_EQ(money_of(" 12.00 "), "12.00");
}

TEST(PrintedMoneyTest, RefusesWhatIsNotOneAmount) {
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

TEST(PrintedMoneyTest, FindsEveryAmountInALine) {
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

TEST(PrintedMoneyTest, NamesCurrencies) {
  EXPECT_EQ(currency_from_printed("$"), "USD");
  EXPECT_EQ(currency_from_printed("$", "CAD"), "CAD");
  EXPECT_EQ(currency_from_printed("\xE2\x82\xAC"), "EUR");
  EXPECT_EQ(currency_from_printed(" gbp "), "GBP");
  EXPECT_EQ(currency_from_printed("XYZ"), "");
  EXPECT_EQ(currency_from_printed("USDA"), "");
}

}  // namespace
}  // namespace kycx::extractors
