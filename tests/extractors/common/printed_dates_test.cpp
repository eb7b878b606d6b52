#include "extractors/common/printed_dates.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace kycx::extractors {
namespace {

std::string date_of(std::string_view text, const DateParseOptions& options = {}) {
  const auto d = parse_printed_date(text, options);
  return d ? format_date(*d) : "none";
}

TEST(PrintedDatesTest, ReadsFullDatesInEveryPrintedStyle) {
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

TEST(PrintedDatesTest, NumericOrderFollowsTheOptionUnlessOnlyOneOrderIsADate) {
  EXPECT_EQ(date_of("03/04/2026"), "2026-03-04");
  EXPECT_EQ(date_of("03/04/2026", {.order = DayOrder::kDayFirst}), "2026-04-03");
  EXPECT_EQ(date_of("14/03/2026"), "2026-03-14");  // only day first is a date
  EXPECT_EQ(date_of("03/14/2026", {.order = DayOrder::kDayFirst}), "2026-03-14");
  EXPECT_EQ(date_of("03.04.2026"), "2026-04-03");  // dots are day first
  EXPECT_EQ(date_of("2026/04/03", {.order = DayOrder::kDayFirst}), "2026-04-03");
}

// One test per style real statements, stubs and bills print (issue: UK
// statements print "04May26"; French and Spanish month names; ordinals).
TEST(PrintedDatesTest, DayMonthAndTwoDigitYearGlued) {
  EXPECT_EQ(date_of("04May26"), "2026-05-04");
  EXPECT_EQ(date_of("31DEC25"), "2025-12-31");
  EXPECT_EQ(date_of("04 May 26", {.year_hint = Date{2026, 5, 20}}), "2026-05-04");
  EXPECT_EQ(date_of("04 May 26"), "none");  // spaced, and no year to compare with
}

TEST(PrintedDatesTest, DayMonthNameYearWithDashes) {
  EXPECT_EQ(date_of("04-May-2026"), "2026-05-04");
  EXPECT_EQ(date_of("04-MAY-26"), "2026-05-04");
}

TEST(PrintedDatesTest, OrdinalDays) {
  EXPECT_EQ(date_of("1st May 2026"), "2026-05-01");
  EXPECT_EQ(date_of("May 2nd, 2026"), "2026-05-02");
  EXPECT_EQ(date_of("23rd of"), "none");
}

TEST(PrintedDatesTest, FrenchMonthNames) {
  EXPECT_EQ(date_of("4 mai 2026"), "2026-05-04");
  EXPECT_EQ(date_of("04 févr. 2026"), "2026-02-04");
  EXPECT_EQ(date_of("1er juillet 2026"), "none");  // "1er" is not an English ordinal; the date is found in text
  EXPECT_EQ(date_of("31 déc. 2025"), "2025-12-31");
  EXPECT_EQ(date_of("15 AOÛT 2026"), "2026-08-15");
}

TEST(PrintedDatesTest, SpanishMonthNames) {
  EXPECT_EQ(date_of("4 de mayo de 2026"), "2026-05-04");
  EXPECT_EQ(date_of("mayo 4, 2026"), "2026-05-04");
  EXPECT_EQ(date_of("30 SEPT 2026"), "2026-09-30");
  EXPECT_EQ(date_of("12 dic 2025"), "2025-12-12");
}

TEST(PrintedDatesTest, YearsFromTheStatementPeriod) {
  const DateParseOptions december{.year_hint = Date{2025, 12, 20}};
  EXPECT_EQ(date_of("May 01", {.year_hint = Date{2026, 5, 15}}), "2026-05-01");
  EXPECT_EQ(date_of("Jan 03", december), "2026-01-03");  // the period runs over the new year
  EXPECT_EQ(date_of("12/28", december), "2025-12-28");
}

TEST(PrintedDatesTest, AnAmountAfterADateIsNotItsYear) {
  const auto found = find_printed_dates("04 May 26.50", {.year_hint = Date{2026, 5, 20}});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(format_date(found[0].date), "2026-05-04");
  EXPECT_EQ(found[0].end, 6u);
}

TEST(PrintedDatesTest, AnUnknownDayOrderIsReportedNotGuessed) {
  const auto ambiguous = read_printed_date("04/05/2026", {.order = DayOrder::kUnknown});
  ASSERT_TRUE(ambiguous);
  EXPECT_TRUE(ambiguous->ambiguous);
  const auto clear = read_printed_date("14/05/2026", {.order = DayOrder::kUnknown});
  ASSERT_TRUE(clear);
  EXPECT_FALSE(clear->ambiguous);
  EXPECT_EQ(format_date(clear->date), "2026-05-14");
  EXPECT_FALSE(read_printed_date("05/05/2026", {.order = DayOrder::kUnknown})->ambiguous);
  EXPECT_FALSE(read_printed_date("04.05.2026", {.order = DayOrder::kUnknown})->ambiguous);  // dots: day first
  EXPECT_FALSE(read_printed_date("04/05/2026", {.order = DayOrder::kDayFirst})->ambiguous);
}

TEST(PrintedDatesTest, ToleratesOcrNoise) {
  EXPECT_EQ(date_of("O3/14/2O26"), "2026-03-14");
  EXPECT_EQ(date_of("03 / 14 / 2026"), "2026-03-14");
  EXPECT_EQ(date_of("l4.03.2026"), "2026-03-14");
  EXPECT_EQ(date_of("Marcb 14, 2026"), "2026-03-14");
  EXPECT_EQ(date_of("Septmber 3, 2026"), "2026-09-03");
}

TEST(PrintedDatesTest, RefusesWhatIsNotExactlyOneDate) {
  EXPECT_EQ(date_of("02/30/2026"), "none");
  EXPECT_EQ(date_of("13/13/2026"), "none");
  EXPECT_EQ(date_of("03/14"), "none");  // no year and no hint
  EXPECT_EQ(date_of("Mar 2026"), "none");
  EXPECT_EQ(date_of("03/01/2026 - 03/31/2026"), "none");
  EXPECT_EQ(date_of("REF 03/14/2026"), "none");
  EXPECT_EQ(date_of("1,234.56"), "none");
  EXPECT_EQ(date_of("Mayor 3, 2026"), "none");
}

TEST(PrintedDatesTest, YearlessDatesTakeTheYearNearestTheHint) {
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

TEST(PrintedDatesTest, FindsEveryDateInALine) {
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

}  // namespace
}  // namespace kycx::extractors
