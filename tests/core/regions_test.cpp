#include "core/regions.hpp"

#include <gtest/gtest.h>

namespace kycx {
namespace {

TEST(RegionsTest, KnowsEveryStateDcAndTerritory) {
  int count = 0;
  for (char a = 'A'; a <= 'Z'; ++a) {
    for (char b = 'A'; b <= 'Z'; ++b) count += is_us_state_code(std::string{a, b}) ? 1 : 0;
  }
  EXPECT_EQ(count, 50 + 1 + 5);
  for (const char* code : {"AL", "WY", "DC", "PR", "VI", "GU", "AS", "MP"}) EXPECT_TRUE(is_us_state_code(code));
}

TEST(RegionsTest, KnowsCanadianProvincesAndTerritories) {
  int count = 0;
  for (char a = 'A'; a <= 'Z'; ++a) {
    for (char b = 'A'; b <= 'Z'; ++b) count += is_canadian_province_code(std::string{a, b}) ? 1 : 0;
  }
  EXPECT_EQ(count, 13);
  EXPECT_TRUE(is_canadian_province_code("QC"));
  EXPECT_FALSE(is_us_state_code("QC"));
}

TEST(RegionsTest, RejectsOthers) {
  for (const char* code : {"", "XX", "ca", "AA", "AE", "AP", "FM", "PQ", "NF", "CAL"}) {
    EXPECT_FALSE(is_us_state_code(code)) << code;
    EXPECT_FALSE(is_canadian_province_code(code)) << code;
  }
}

TEST(RegionsTest, MapsIinsOfStatesAndProvinces) {
  ASSERT_TRUE(region_by_iin("636014"));
  EXPECT_EQ(region_by_iin("636014")->code, "CA");
  EXPECT_EQ(region_by_iin("636043")->code, "DC");
  EXPECT_EQ(region_by_iin("604428")->code, "QC");
  EXPECT_EQ(region_by_iin("604428")->country, "CAN");
  EXPECT_EQ(region_by_iin("636012")->code, "ON");
  EXPECT_EQ(region_by_iin("636015")->country, "USA");
  EXPECT_EQ(region_by_iin("123456"), nullptr);
  ASSERT_TRUE(region_by_code("BC"));
  EXPECT_EQ(region_by_code("BC")->iin, "636028");
}

}  // namespace
}  // namespace kycx
