#include "validators/icao_country_codes.hpp"

#include <gtest/gtest.h>

namespace kycx::validators {
namespace {

TEST(IcaoCountryCodesTest, KnowsIsoAlpha3Codes) {
  for (const char* code : {"ABW", "AFG", "DEU", "FRA", "GBR", "NLD", "USA", "ZWE", "SSD", "BES"}) {
    EXPECT_TRUE(is_icao_country_code(code)) << code;
  }
}

TEST(IcaoCountryCodesTest, KnowsIcaoSpecialCodes) {
  for (const char* code : {"D",   "GBD", "GBN", "GBO", "GBP", "GBS", "UNA", "UNK", "UNO", "XXA", "XXB", "XXC",
                           "XXX", "EUE", "UTO", "RKS", "XOM", "XPO", "XCC", "XES", "XIM", "XDC", "XBA"}) {
    EXPECT_TRUE(is_icao_country_code(code)) << code;
  }
}

TEST(IcaoCountryCodesTest, RejectsEverythingElse) {
  for (const char* code : {"", "DE", "GER", "UK", "gbr", "QQQ", "ANT", "SCG", "GBR<", "U"}) {
    EXPECT_FALSE(is_icao_country_code(code)) << code;
  }
}

}  // namespace
}  // namespace kycx::validators
