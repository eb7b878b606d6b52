#include "core/checksums.hpp"

#include <gtest/gtest.h>

namespace kycx {
namespace {

TEST(ChecksumsTest, IcaoCheckDigitOfSpecimenFields) {
  // ICAO 9303 part 4 specimen: document number, birth date, expiry date.
  EXPECT_EQ(icao_check_digit("L898902C3"), 6);
  EXPECT_EQ(icao_check_digit("740812"), 2);
  EXPECT_EQ(icao_check_digit("120415"), 9);
  EXPECT_EQ(icao_check_digit("ZE184226B<<<<<"), 1);
  EXPECT_FALSE(icao_check_digit("ab"));
}

TEST(ChecksumsTest, AbaRoutingNumbers) {
  EXPECT_TRUE(aba_routing_valid("011000015"));  // Federal Reserve Bank of Boston
  EXPECT_TRUE(aba_routing_valid("021000021"));
  EXPECT_FALSE(aba_routing_valid("021000022"));
  EXPECT_FALSE(aba_routing_valid("02100002"));
  EXPECT_FALSE(aba_routing_valid("000000000"));
}

TEST(ChecksumsTest, IbanMod97) {
  EXPECT_TRUE(iban_mod97_valid("GB82WEST12345698765432"));
  EXPECT_TRUE(iban_mod97_valid("DE89370400440532013000"));
  EXPECT_FALSE(iban_mod97_valid("GB82WEST12345698765433"));
  EXPECT_FALSE(iban_mod97_valid("GB82 WEST"));
}

TEST(ChecksumsTest, Luhn) {
  EXPECT_TRUE(luhn_valid("4111111111111111"));
  EXPECT_FALSE(luhn_valid("4111111111111112"));
}

}  // namespace
}  // namespace kycx
