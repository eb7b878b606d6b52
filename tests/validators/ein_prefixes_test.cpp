#include "validators/ein_prefixes.hpp"

#include <set>
#include <string>

#include <gtest/gtest.h>

namespace kycx::validators {
namespace {

TEST(EinPrefixesTest, NeverAssignedPrefixesAreInvalidAllOthersValid) {
  const std::set<std::string> never = {"00", "07", "08", "09", "17", "18", "19", "28", "29",
                                       "49", "69", "70", "78", "79", "89", "96", "97"};
  for (int n = 0; n < 100; ++n) {
    const std::string prefix = std::string(1, static_cast<char>('0' + n / 10)) + static_cast<char>('0' + n % 10);
    EXPECT_EQ(is_valid_ein_prefix(prefix), never.count(prefix) == 0) << prefix;
  }
}

TEST(EinPrefixesTest, RejectsAnythingButTwoDigits) {
  EXPECT_FALSE(is_valid_ein_prefix(""));
  EXPECT_FALSE(is_valid_ein_prefix("1"));
  EXPECT_FALSE(is_valid_ein_prefix("123"));
}

}  // namespace
}  // namespace kycx::validators
