#include "validators/w2_rules.hpp"

#include <cstdlib>
#include <string>

#include "validators/format_rules.hpp"
#include "validators/ss_wage_base.hpp"

namespace kycx::validators {

namespace {

constexpr std::int64_t kAdditionalMedicareThresholdCents = 200'000'00;

// cents * numerator / denominator, rounded half away from zero.
std::int64_t scale(std::int64_t cents, std::int64_t numerator, std::int64_t denominator) {
  const std::int64_t product = cents * numerator;
  const std::int64_t half = denominator / 2;
  return product >= 0 ? (product + half) / denominator : -((-product + half) / denominator);
}

bool within(const RuleInput& in, std::int64_t a, std::int64_t b) {
  return std::llabs(a - b) <= to_cents(in.options().w2_tax_tolerance);
}

std::optional<int> year_of(const RuleInput& in, size_t i) {
  const auto text = in.text(i);
  if (!text || !matches_shape(*text, "9999")) return std::nullopt;
  return std::stoi(*text);
}

}  // namespace

RuleOutcome check_social_security_tax(const RuleInput& in) {
  const auto wages = in.money(0);
  if (!wages) return in.unusable(0);
  const auto tax = in.money(1);
  if (!tax) return in.unusable(1);
  const std::int64_t expected = scale(*wages, 62, 1000);
  if (within(in, expected, *tax)) return passed();
  return failed({{"expected", format_money(expected)}, {"shown", format_money(*tax)}});
}

RuleOutcome check_medicare_tax(const RuleInput& in) {
  const auto wages = in.money(0);
  if (!wages) return in.unusable(0);
  const auto tax = in.money(1);
  if (!tax) return in.unusable(1);
  const std::int64_t expected = scale(*wages, 145, 10000);
  if (within(in, expected, *tax)) return passed();
  if (*wages > kAdditionalMedicareThresholdCents) {
    const std::int64_t with_additional = expected + scale(*wages - kAdditionalMedicareThresholdCents, 9, 1000);
    if (within(in, with_additional, *tax)) return passed();
  }
  return failed({{"expected", format_money(expected)}, {"shown", format_money(*tax)}});
}

RuleOutcome check_social_security_wage_base(const RuleInput& in) {
  const auto wages = in.money(0);
  if (!wages) return in.unusable(0);
  const auto year = year_of(in, 1);
  if (!year) return in.unusable(1);
  const auto base = social_security_wage_base_cents(*year);
  if (!base) return skipped("not applicable: no Social Security wage base is known for " + std::to_string(*year));
  if (*wages <= *base) return passed();
  return failed({{"year", std::to_string(*year)}, {"base", format_money(*base)}});
}

RuleOutcome check_tax_year(const RuleInput& in) {
  const auto year = year_of(in, 0);
  if (!year) return in.unusable(0);
  return *year <= in.today().year ? passed() : failed({{"year", std::to_string(*year)}});
}

}  // namespace kycx::validators
