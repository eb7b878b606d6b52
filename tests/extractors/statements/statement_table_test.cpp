// The transaction table on hand-built pages: layouts beyond the classic
// one (stacked bilingual headers, no balance column, day headings, section
// headings that sign the amounts, comma decimals, trailing minus).
#include "extractors/statements/statement_table.hpp"

#include <gtest/gtest.h>

#include "tests/extractors/form_pages.hpp"

namespace kycx::extractors::statements {
namespace {

using testing::scanned_page;
using testing::text_at;

using Line = std::vector<testing::PlacedWord>;

// Pieces of one printed line: (text, x) at height y.
Line line(std::initializer_list<std::pair<std::string, double>> pieces, double y) {
  Line out;
  for (const auto& [text, x] : pieces) {
    const Line words = text_at(text, x, y);
    out.insert(out.end(), words.begin(), words.end());
  }
  return out;
}

TransactionTable read(const std::vector<Line>& lines, const TableOptions& options = {}) {
  const ocr::Page page = scanned_page(lines);
  std::vector<PageRows> rows;
  rows.push_back(rows_of_page(page.text));
  return read_transaction_table(rows, options);
}

std::string money(const std::optional<std::int64_t>& cents) {
  return cents ? format_money(*cents) : "null";
}

std::string date(const std::optional<Date>& d) {
  return d ? format_date(*d) : "null";
}

TEST(StatementTableTest, StackedBilingualHeaderWithSeparateWithdrawalAndDepositColumns) {
  const TransactionTable t = read(
      {
          line({{"Retraits", 0.55}, {"Dépôts", 0.68}, {"Solde", 0.82}}, 0.300),
          line({{"Date", 0.08}, {"Description", 0.20}}, 0.312),
          line({{"Withdrawals", 0.55}, {"Deposits", 0.68}, {"Balance", 0.82}}, 0.324),
          line({{"16 sept.", 0.08}, {"Solde d'ouverture / Opening balance", 0.20}, {"1,294.66", 0.82}}, 0.35),
          line({{"18 sept.", 0.08}, {"Virement reçu MATEO", 0.20}, {"278.13", 0.68}, {"1,572.79", 0.82}}, 0.37),
          line({{"18 sept.", 0.08}, {"Achat débit PIXELPOINT", 0.20}, {"205.79", 0.55}, {"1,367.00", 0.82}}, 0.39),
          line({{"Totaux / Totals", 0.08}, {"205.79", 0.55}, {"278.13", 0.68}, {"1,367.00", 0.82}}, 0.41),
      },
      {.order = DayOrder::kDayFirst, .year_hint = Date{2026, 10, 15}});
  ASSERT_TRUE(t.found);
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(money(t.opening), "1294.66");
  EXPECT_EQ(date(t.rows[0].date), "2026-09-18");
  EXPECT_EQ(money(t.rows[0].amount), "278.13");
  EXPECT_EQ(money(t.rows[1].amount), "-205.79");
  EXPECT_EQ(money(t.rows[1].balance), "1367.00");
  EXPECT_EQ(t.rows[1].description, "Achat débit PIXELPOINT");
}

TEST(StatementTableTest, DebitAndCreditColumnsWithoutBalanceCommaDecimalsAndDatedOpeningLine) {
  const TransactionTable t = read(
      {
          line({{"Booking date", 0.06},
                {"Valuedate", 0.18},
                {"Details", 0.30},
                {"Debit EUR", 0.66},
                {"Credit EUR", 0.80}},
               0.30),
          line({{"Opening balance on 31.07.2026", 0.30}, {"1 254,37", 0.83}}, 0.33),
          line({{"01.08.2026", 0.06}, {"02.08.2026", 0.18}, {"SEPA direct debit Mandate", 0.30}, {"332,35", 0.70}},
               0.36),
          line({{"PCK06959900", 0.30}}, 0.375),
          line({{"17.08.2026", 0.06}, {"17.08.2026", 0.18}, {"SEPA credit transfer Salary", 0.30}, {"2 589,34", 0.82}},
               0.40),
          line({{"Closing balance on 31.08.2026", 0.30}, {"3 511,36", 0.82}}, 0.43),
      },
      {.order = DayOrder::kDayFirst});
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(money(t.opening), "1254.37");
  EXPECT_EQ(money(t.closing), "3511.36");
  EXPECT_EQ(date(t.rows[0].date), "2026-08-01");
  EXPECT_EQ(money(t.rows[0].amount), "-332.35");
  EXPECT_EQ(t.rows[0].description, "SEPA direct debit Mandate PCK06959900");
  EXPECT_EQ(money(t.rows[1].amount), "2589.34");
  EXPECT_EQ(money(t.rows[1].balance), "null");
}

TEST(StatementTableTest, DayHeadingsDateTheRowsUnderThem) {
  const TransactionTable t = read(
      {
          line({{"Description", 0.10}, {"Amount", 0.70}, {"Balance", 0.84}}, 0.30),
          line({{"Monday 1 September 2026", 0.10}}, 0.33),
          line({{"Coffee shop", 0.10}, {"62,52-", 0.71}, {"937,48", 0.85}}, 0.35),
          line({{"Salary", 0.10}, {"+1.000,00", 0.70}, {"1.937,48", 0.84}}, 0.37),
          line({{"Wed 3 Sep 2026", 0.10}}, 0.40),
          line({{"Rent", 0.10}, {"-900,00", 0.71}, {"1.037,48", 0.84}}, 0.42),
      },
      {.order = DayOrder::kDayFirst});
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(date(t.rows[0].date), "2026-09-01");
  EXPECT_EQ(money(t.rows[0].amount), "-62.52");
  EXPECT_EQ(date(t.rows[1].date), "2026-09-01");
  EXPECT_EQ(money(t.rows[1].amount), "1000.00");
  EXPECT_EQ(date(t.rows[2].date), "2026-09-03");
  EXPECT_EQ(t.rows[2].description, "Rent");
}

TEST(StatementTableTest, BalanceOnTheLineUnderTheAmountAndSignedSymbols) {
  const TransactionTable t = read(
      {
          line({{"Date", 0.08}, {"Description", 0.20}, {"Amount", 0.80}}, 0.30),
          line({{"01 Oct", 0.08}, {"Transfer to Laura Ref", 0.20}, {"-€1.476,55", 0.78}}, 0.33),
          line({{"A3VPZG6W2T", 0.20}, {"€659,00", 0.80}}, 0.345),
          line({{"02 Oct", 0.08}, {"Payroll", 0.20}, {"+€2.698,76", 0.78}}, 0.37),
          line({{"€3.357,76", 0.79}}, 0.385),
          line({{"05 Oct", 0.08}, {"Card payment", 0.20}, {"~€50,52", 0.79}}, 0.41),
      },
      {.order = DayOrder::kDayFirst, .year_hint = Date{2026, 10, 31}, .opening = 213555});
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(money(t.rows[0].amount), "-1476.55");
  EXPECT_EQ(money(t.rows[0].balance), "659.00");
  EXPECT_EQ(t.rows[0].description, "Transfer to Laura Ref A3VPZG6W2T");
  EXPECT_EQ(money(t.rows[1].balance), "3357.76");
  EXPECT_EQ(money(t.rows[2].amount), "-50.52");
}

TEST(StatementTableTest, SectionHeadingsSignAnUnsignedAmountColumnAndTotalsEndTheSection) {
  const TransactionTable t = read(
      {
          line({{"DEPOSITS AND ADDITIONS", 0.06}}, 0.20),
          line({{"DATE", 0.06}, {"DESCRIPTION", 0.16}, {"AMOUNT", 0.84}}, 0.23),
          line({{"07/18", 0.06}, {"Online Transfer From Sav", 0.16}, {"$143.43", 0.84}}, 0.26),
          line({{"Total Deposits and Additions", 0.06}, {"$143.43", 0.84}}, 0.29),
          line({{"ELECTRONIC WITHDRAWALS", 0.06}}, 0.33),
          line({{"DATE", 0.06}, {"DESCRIPTION", 0.16}, {"AMOUNT", 0.84}}, 0.36),
          line({{"07I05", 0.06}, {"Loan Payment Acct", 0.16}, {"$189.68", 0.84}}, 0.39),  // OCR: I for /
          line({{"Total Electronic Withdrawals", 0.06}, {"$189.68", 0.84}}, 0.42),
          line({{"DAILY ENDING BALANCE", 0.06}}, 0.46),
          line({{"DATE", 0.06}, {"AMOUNT", 0.20}, {"DATE", 0.40}, {"AMOUNT", 0.55}}, 0.49),
          line({{"07/05", 0.06}, {"3,659.13", 0.20}, {"07/18", 0.40}, {"3,498.45", 0.55}}, 0.52),
      },
      {.order = DayOrder::kMonthFirst, .year_hint = Date{2026, 7, 31}});
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(money(t.rows[0].amount), "143.43");
  EXPECT_EQ(date(t.rows[1].date), "2026-07-05");
  EXPECT_EQ(money(t.rows[1].amount), "-189.68");
}

TEST(StatementTableTest, SameDayRowsWithoutADateAndATypeColumnLeftOutOfTheDescription) {
  const TransactionTable t = read(
      {
          line({{"Date", 0.06},
                {"Type", 0.14},
                {"Transaction", 0.22},
                {"Paid out", 0.58},
                {"Paid in", 0.70},
                {"Balance", 0.84}},
               0.30),
          line({{"27 Aug", 0.06}, {"FPO", 0.14}, {"M ODEGARD", 0.22}, {"67.61", 0.60}}, 0.33),
          line({{"CPT", 0.14}, {"LINK MANCHESTER", 0.22}, {"20.00", 0.61}, {"3,271.05", 0.84}}, 0.35),
      },
      {.order = DayOrder::kDayFirst, .year_hint = Date{2026, 8, 31}});
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].description, "M ODEGARD");
  EXPECT_EQ(date(t.rows[1].date), "2026-08-27");
  EXPECT_EQ(money(t.rows[1].amount), "-20.00");
  EXPECT_EQ(t.rows[1].description, "LINK MANCHESTER");
}

TEST(StatementTableTest, ADateEndingAWrappedDescriptionIsNoDayHeading) {
  // Failed first: "30 AUG" alone under its row was taken for a day heading.
  const TransactionTable t = read(
      {
          line({{"Date", 0.06}, {"Description", 0.18}, {"Paid out", 0.58}, {"Paid in", 0.70}, {"Balance", 0.84}}, 0.30),
          line({{"28 Aug", 0.06}, {"CARD PAYMENT TO NORTHSTAR BOOKS ON", 0.18}, {"84.34", 0.60}, {"6,207.92", 0.84}},
               0.33),
          line({{"30 AUG", 0.18}}, 0.345),
          line({{"31 Aug", 0.06}, {"CARD PAYMENT TO MAPLE", 0.18}, {"10.00", 0.60}, {"6,197.92", 0.84}}, 0.37),
      },
      {.order = DayOrder::kDayFirst, .year_hint = Date{2026, 9, 30}});
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].description, "CARD PAYMENT TO NORTHSTAR BOOKS ON 30 AUG");
  EXPECT_EQ(date(t.rows[1].date), "2026-08-31");
}

TEST(StatementTableTest, DescriptionAndAmountAloneAreAHeaderAndOcrSpecksInDatesAndMinusSigns) {
  // Failed first: a two-name header was no header, "\u2014~" (an em dash and
  // a tilde for one minus) kept the amount from being read, "O01 Oct" from
  // being a date, and the signed amount under a row was taken for its balance.
  const TransactionTable t = read(
      {
          line({{"Description", 0.10}, {"Amount", 0.80}}, 0.30),
          line({{"O01 Oct 2026", 0.10}}, 0.33),
          line({{"Cityline Transit", 0.10}, {"\u2014~\u00a32.83", 0.79}}, 0.35),
          line({{"Refund", 0.10}, {"+\u00a335.36", 0.79}}, 0.37),
      },
      {.order = DayOrder::kDayFirst});
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(date(t.rows[0].date), "2026-10-01");
  EXPECT_EQ(money(t.rows[0].amount), "-2.83");
  EXPECT_EQ(money(t.rows[1].amount), "35.36");
}

// Words right-aligned on x1 (each character 0.008 of the page wide).
std::pair<std::string, double> right(const std::string& text, double x1) {
  return {text, x1 - 0.008 * static_cast<double>(text.size())};
}

TEST(StatementTableTest, ColumnsFromTheValuesWhereOcrReadNoHeader) {
  // The header, on a shaded band, came out as noise. Codes of different
  // widths stand in a type column of their own; debits and credits are
  // unsigned in two columns, which way each goes the running balance says.
  const TransactionTable t = read(
      {
          line({{"oF ey Pe NL it Val", 0.06}, {"Fo fa) FO]", 0.60}}, 0.28),
          line({{"12 Sep", 0.06}, {"Balance brought forward", 0.22}, right("1,489.09", 0.92)}, 0.30),
          line({{"14 Sep", 0.06}, {"FPI", 0.16}, {"OAKRIDGE SCHOOL", 0.22}, right("3,364.35", 0.66)}, 0.32),
          line({{"DEB", 0.16}, {"NORTHSTAR BOOKS", 0.22}, right("12.23", 0.79), right("4,841.21", 0.92)}, 0.34),
          line({{"16 Sep", 0.06}, {"PAYM", 0.16}, {"FRESHWAY", 0.22}, right("113.48", 0.79), right("4,727.73", 0.92)},
               0.36),
          line({{"21 Sep", 0.06}, {"TFR", 0.16}, {"FROM A/C", 0.22}, right("412.74", 0.66), right("5,140.47", 0.92)},
               0.38),
          line({{"29 Sep", 0.06}, {"DD", 0.16}, {"HARBOR", 0.22}, right("132.65", 0.79)}, 0.40),
          line({{")))", 0.16}, {"URBAN SPROUT", 0.22}, right("52.93", 0.79), right("4,954.89", 0.92)}, 0.42),
          line({{"02 0ct", 0.06}, {"SO", 0.16}, {"RENT", 0.22}, right("662.96", 0.79), right("4,291.93", 0.92)}, 0.44),
      },
      {.order = DayOrder::kDayFirst, .year_hint = Date{2026, 10, 11}});
  ASSERT_EQ(t.rows.size(), 7u);
  EXPECT_EQ(money(t.opening), "1489.09");
  EXPECT_EQ(t.rows[0].description, "OAKRIDGE SCHOOL");
  EXPECT_EQ(money(t.rows[0].amount), "3364.35");
  EXPECT_EQ(date(t.rows[1].date), "2026-09-14");
  EXPECT_EQ(money(t.rows[1].amount), "-12.23");
  EXPECT_EQ(money(t.rows[3].amount), "412.74");
  EXPECT_EQ(money(t.rows[4].amount), "-132.65");  // no balance: its column's way
  EXPECT_EQ(money(t.rows[5].amount), "-52.93");
  EXPECT_EQ(date(t.rows[6].date), "2026-10-02");
  EXPECT_EQ(money(t.rows[6].amount), "-662.96");
}

TEST(StatementTableTest, APageWithoutHeaderContinuesWithSameDayRows) {
  const ocr::Page first = scanned_page({
      line({{"Date", 0.06}, {"Description", 0.18}, {"Paid out", 0.58}, {"Paid in", 0.70}, {"Balance", 0.84}}, 0.30),
      line({{"28 Aug", 0.06}, {"SO RENT", 0.18}, {"287.36", 0.60}, {"1,435.70", 0.84}}, 0.33),
  });
  const ocr::Page second = scanned_page({
      line({{"Caldervale Building Society", 0.06}}, 0.05),
      line({{"30 Aug", 0.06}, {"DEB PIXELPOINT REFUND", 0.18}, {"32.71", 0.72}, {"1,468.41", 0.84}}, 0.10),
      line({{"DEB GREENLEAF GROCERS", 0.18}, {"129.18", 0.59}, {"1,339.23", 0.84}}, 0.12),
      line({{"Your eligible deposits are protected up to 85,000.00", 0.06}}, 0.20),
  });
  std::vector<PageRows> rows;
  rows.push_back(rows_of_page(first.text));
  rows.push_back(rows_of_page(second.text));
  const TransactionTable t =
      read_transaction_table(rows, {.order = DayOrder::kDayFirst, .year_hint = Date{2026, 8, 31}});
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(date(t.rows[2].date), "2026-08-30");
  EXPECT_EQ(money(t.rows[2].amount), "-129.18");
}

}  // namespace
}  // namespace kycx::extractors::statements
