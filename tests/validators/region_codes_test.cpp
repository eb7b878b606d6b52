#include "validators/region_codes.hpp"

#include <gtest/gtest.h>

namespace kycx::validators {
namespace {

TEST(RegionCodesTest, KnowsEveryStateDcAndTerritory) {
  int count = 0;
  for (char a = 'A'; a <= 'Z'; ++a) {
    for (char b = 'A'; b <= 'Z'; ++b) count += is_us_state_code(std::string{a, b}) ? 1 : 0;
  }
  EXPECT_EQ(count, 50 + 1 + 5);
  for (const char* code : {"AL", "WY", "DC", "PR", "VI", "GU", "AS", "MP"}) EXPECT_TRUE(is_us_state_code(code));
}

TEST(RegionCodesTest, KnowsCanadianProvincesAndTerritories) {
  int count = 0;
  for (char a = 'A'; a <= 'Z'; ++a) {
    for (char b = 'A'; b <= 'Z'; ++b) count += is_canadian_province_code(std::string{a, b}) ? 1 : 0;
  }
  EXPECT_EQ(count, 13);
  EXPECT_TRUE(is_canadian_province_code("QC"));
  EXPECT_FALSE(is_us_state_code("QC"));
}

TEST(RegionCodesTest, RejectsOthers) {
  for (const char* code : {"", "XX", "ca", "AA", "AE", "AP", "FM", "PQ", "NF", "CAL"}) {
    EXPECT_FALSE(is_us_state_code(code)) << code;
    EXPECT_FALSE(is_canadian_province_code(code)) << code;
  }
}

}  // namespace
}  // namespace kycx::validators
