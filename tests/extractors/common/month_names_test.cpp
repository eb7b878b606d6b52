#include "extractors/common/month_names.hpp"

#include <gtest/gtest.h>

namespace kycx::extractors {
namespace {

TEST(MonthNamesTest, EnglishNamesAbbreviationsAndOcrSlips) {
  EXPECT_EQ(printed_month("March"), 3);
  EXPECT_EQ(printed_month("MAR"), 3);
  EXPECT_EQ(printed_month("Sept"), 9);
  EXPECT_EQ(printed_month("Novmber"), 11);  // one letter lost
  EXPECT_EQ(printed_month("Ma"), 0);
  EXPECT_EQ(printed_month("ott"), 0);  // Italian: read in visual zones only
}

TEST(MonthNamesTest, GermanAndDutchInFreeText) {
  // Euro-area statements: "1 oktober 2026 t/m 31 oktober 2026", "14. März 2026".
  EXPECT_EQ(printed_month("oktober"), 10);
  EXPECT_EQ(printed_month("M\xC3\xA4rz"), 3);
  EXPECT_EQ(printed_month("maart"), 3);
  EXPECT_EQ(printed_month("Dezember"), 12);
  EXPECT_EQ(printed_month("okt"), 10);
  EXPECT_EQ(printed_month("mei"), 5);
}

TEST(MonthNamesTest, FrenchAndSpanishInFreeText) {
  EXPECT_EQ(printed_month("février"), 2);
  EXPECT_EQ(printed_month("FÉVR"), 2);
  EXPECT_EQ(printed_month("août"), 8);
  EXPECT_EQ(printed_month("décembre"), 12);
  EXPECT_EQ(printed_month("mayo"), 5);
  EXPECT_EQ(printed_month("Septiembre"), 9);
  EXPECT_EQ(printed_month("dic"), 12);
}

TEST(MonthNamesTest, ZoneAbbreviationsInSevenLanguages) {
  EXPECT_EQ(zone_month("fev"), 2);
  EXPECT_EQ(zone_month("maerz"), 3);
  EXPECT_EQ(zone_month("mei"), 5);
  EXPECT_EQ(zone_month("okt"), 10);
  EXPECT_EQ(zone_month("augiaout"), 8);   // "AUG/AOUT" with the slash read as I
  EXPECT_EQ(zone_month("september"), 0);  // zones print abbreviations
}

}  // namespace
}  // namespace kycx::extractors
