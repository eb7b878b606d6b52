#include "validators/ss_wage_base.hpp"

#include <gtest/gtest.h>

namespace kycx::validators {
namespace {

TEST(SsWageBaseTest, KnowsEveryYearFrom2015To2026) {
  const std::pair<int, std::int64_t> expected[] = {
      {2015, 118500}, {2016, 118500}, {2017, 127200}, {2018, 128400}, {2019, 132900}, {2020, 137700},
      {2021, 142800}, {2022, 147000}, {2023, 160200}, {2024, 168600}, {2025, 176100}, {2026, 184500},
  };
  for (const auto& [year, dollars] : expected) {
    EXPECT_EQ(social_security_wage_base_cents(year), dollars * 100) << year;
  }
}

TEST(SsWageBaseTest, UnknownYearsHaveNoBase) {
  EXPECT_EQ(social_security_wage_base_cents(2014), std::nullopt);
  EXPECT_EQ(social_security_wage_base_cents(2027), std::nullopt);
  EXPECT_EQ(social_security_wage_base_cents(0), std::nullopt);
}

}  // namespace
}  // namespace kycx::validators
