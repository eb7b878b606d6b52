#include "extractors/barcode/aamva_values.hpp"

#include <gtest/gtest.h>

namespace kycx::extractors::barcode {
namespace {

TEST(AamvaValuesTest, CanonicalPostalCodes) {
  EXPECT_EQ(canonical_postal_code("958180000  "), "95818");
  EXPECT_EQ(canonical_postal_code("958181234  "), "95818-1234");
  EXPECT_EQ(canonical_postal_code("95818123400"), "95818-1234");
  EXPECT_EQ(canonical_postal_code("95818"), "95818");
  EXPECT_EQ(canonical_postal_code("95818-1234"), "95818-1234");
  EXPECT_EQ(canonical_postal_code("T2T1T6     "), "T2T 1T6");
  EXPECT_EQ(canonical_postal_code("m5v 2t6"), "M5V 2T6");
  EXPECT_FALSE(canonical_postal_code("9581"));
  EXPECT_FALSE(canonical_postal_code("95818123499"));
  EXPECT_FALSE(canonical_postal_code("T2T1T"));
}

TEST(AamvaValuesTest, SexCodes) {
  EXPECT_EQ(canonical_sex("1"), "M");
  EXPECT_EQ(canonical_sex("2"), "F");
  EXPECT_EQ(canonical_sex("9"), "X");
  EXPECT_EQ(canonical_sex("F"), "F");
  EXPECT_FALSE(canonical_sex("0"));
  EXPECT_FALSE(canonical_sex("MALE"));
}

TEST(AamvaValuesTest, CollapsesSpacesAndKnowsPlaceholders) {
  EXPECT_EQ(collapse_spaces("  ANNA   MARIA "), "ANNA MARIA");
  EXPECT_EQ(collapse_spaces("ANNA,MARIA", true), "ANNA MARIA");
  EXPECT_EQ(collapse_spaces("ANNA,MARIA"), "ANNA,MARIA");
  EXPECT_TRUE(is_placeholder("NONE"));
  EXPECT_TRUE(is_placeholder("unavl"));
  EXPECT_TRUE(is_placeholder("  "));
  EXPECT_FALSE(is_placeholder("NONA"));
}

}  // namespace
}  // namespace kycx::extractors::barcode
