// The Social Security contribution and benefit base (the most wages subject
// to the 6.2 % tax, W-2 box 3's ceiling) by tax year. Immutable data;
// thread-safe.
#pragma once

#include <cstdint>
#include <optional>

namespace kycx::validators {

// The wage base of `tax_year` in cents; nullopt for years outside 2015-2026
// (the rule depending on it is then skipped, not failed).
std::optional<std::int64_t> social_security_wage_base_cents(int tax_year);

}  // namespace kycx::validators
