#include "extractors/common/month_names.hpp"

#include <gtest/gtest.h>

namespace kycx::extractors {
namespace {

TEST(MonthNamesTest, EnglishNamesAbbreviationsAndOcrSlips) {
  EXPECT_EQ(english_month("March"), 3);
  EXPECT_EQ(english_month("MAR"), 3);
  EXPECT_EQ(english_month("Sept"), 9);
  EXPECT_EQ(english_month("Novmber"), 11);  // one letter lost
  EXPECT_EQ(english_month("Ma"), 0);
  EXPECT_EQ(english_month("okt"), 0);  // German: not an English name
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
