#include "extractors/common/identity_dates.hpp"

#include <vector>

#include <gtest/gtest.h>

namespace kycx::extractors {
namespace {

TEST(IdentityDatesTest, VisualZoneDatesAreDayFirstInManyLanguages) {
  const Date d{1971, 9, 28};
  for (const char* text :
       {"28 SEP/SEPT 1971", "28 SEP/SEPT 71", "28.09.1971", "28 09 1971", "28 SEP 1971", "28SEP/SEPT1971"}) {
    const auto p = parse_zone_date(text);
    ASSERT_TRUE(p) << text;
    EXPECT_TRUE(p->means(d)) << text;
  }
  EXPECT_TRUE(parse_zone_date("01 FÉV/FEB 2030")->means({2030, 2, 1}));
  EXPECT_TRUE(parse_zone_date("24 AOÛT 2035")->means({2035, 8, 24}));
  EXPECT_TRUE(parse_zone_date("17 AUGIAOUT 2023")->means({2023, 8, 17}));  // OCR read the slash as I
  EXPECT_FALSE(parse_zone_date("28 SEP/SEPT 1971")->means({1971, 9, 27}));
  EXPECT_FALSE(parse_zone_date("TORONTO, CAN"));
  EXPECT_FALSE(parse_zone_date("12345678"));
  EXPECT_FALSE(parse_zone_date("31.13.1990"));
}

TEST(IdentityDatesTest, CardDatesInEveryOrderCardsUse) {
  EXPECT_EQ(card_date_readings("05/31/1997"), (std::vector<Date>{{1997, 5, 31}}));
  EXPECT_EQ(card_date_readings("1978-05-21"), (std::vector<Date>{{1978, 5, 21}}));
  EXPECT_EQ(card_date_readings("2023/07/05"), (std::vector<Date>{{2023, 7, 5}}));
  EXPECT_EQ(card_date_readings("04/05/2020"), (std::vector<Date>{{2020, 4, 5}, {2020, 5, 4}}));
  EXPECT_EQ(card_date_readings("O5/31/1997"), (std::vector<Date>{{1997, 5, 31}}));
  EXPECT_TRUE(card_date_readings("173").empty());
  EXPECT_TRUE(card_date_readings("05/31-1997").empty());
  EXPECT_EQ(card_date("04/05/2020", "USA"), (Date{2020, 4, 5}));
  EXPECT_EQ(card_date("04/05/2020", "CAN"), (Date{2020, 5, 4}));
  EXPECT_EQ(card_date("31/05/2020", "USA"), (Date{2020, 5, 31}));
}

TEST(IdentityDatesTest, AamvaDatesInThePreferredOrder) {
  auto us = parse_aamva_date("05211978", AamvaDateOrder::kMonthDayYear);
  ASSERT_TRUE(us);
  EXPECT_EQ(format_date(us->date), "1978-05-21");
  EXPECT_FALSE(us->other_order);
  auto ca = parse_aamva_date("19780521", AamvaDateOrder::kYearMonthDay);
  ASSERT_TRUE(ca);
  EXPECT_EQ(format_date(ca->date), "1978-05-21");
}

TEST(IdentityDatesTest, AamvaDatesFallBackToTheOtherOrderOnlyWhenUnambiguous) {
  auto d = parse_aamva_date("19780521", AamvaDateOrder::kMonthDayYear);
  ASSERT_TRUE(d);
  EXPECT_EQ(format_date(d->date), "1978-05-21");
  EXPECT_TRUE(d->other_order);
  auto slashes = parse_aamva_date("05/21/1978", AamvaDateOrder::kMonthDayYear);
  ASSERT_TRUE(slashes);
  EXPECT_EQ(format_date(slashes->date), "1978-05-21");
}

TEST(IdentityDatesTest, AamvaDatesRefuseWhatIsNotADate) {
  EXPECT_FALSE(parse_aamva_date("13401978", AamvaDateOrder::kMonthDayYear));
  EXPECT_FALSE(parse_aamva_date("0229197", AamvaDateOrder::kMonthDayYear));
  EXPECT_FALSE(parse_aamva_date("02291977", AamvaDateOrder::kMonthDayYear));  // not a leap year
  EXPECT_FALSE(parse_aamva_date("0521197A", AamvaDateOrder::kMonthDayYear));
  EXPECT_FALSE(parse_aamva_date("", AamvaDateOrder::kYearMonthDay));
}
}  // namespace
}  // namespace kycx::extractors
