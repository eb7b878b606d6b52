#include "validators/ss_wage_base.hpp"

namespace kycx::validators {

namespace {

struct WageBase {
  int year;
  std::int64_t dollars;
};

// SSA Office of the Chief Actuary, "Contribution and benefit base"
// (ssa.gov/OACT/COLA/cbb.html). 2015-2025 checked against SSA's table of
// automatically adjusted amounts; 2026 as announced by SSA in October 2025.
// Add each year's figure when SSA announces it (every October).
constexpr WageBase kWageBases[] = {
    {2015, 118'500}, {2016, 118'500}, {2017, 127'200}, {2018, 128'400}, {2019, 132'900}, {2020, 137'700},
    {2021, 142'800}, {2022, 147'000}, {2023, 160'200}, {2024, 168'600}, {2025, 176'100}, {2026, 184'500},
};

}  // namespace

std::optional<std::int64_t> social_security_wage_base_cents(int tax_year) {
  for (const auto& base : kWageBases) {
    if (base.year == tax_year) return base.dollars * 100;
  }
  return std::nullopt;
}

}  // namespace kycx::validators
