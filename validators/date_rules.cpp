#include "validators/date_rules.hpp"

#include <string>

#include "validators/transaction_rows.hpp"

namespace kycx::validators {

int age_on(const Date& birth, const Date& day) {
  const bool before_birthday = day.month < birth.month || (day.month == birth.month && day.day < birth.day);
  return day.year - birth.year - (before_birthday ? 1 : 0);
}

RuleOutcome check_in_past(const RuleInput& in) {
  const auto date = in.date(0);
  if (!date) return in.unusable(0);
  return *date < in.today() ? passed() : failed({{"date", format_date(*date)}});
}

RuleOutcome check_not_in_future(const RuleInput& in) {
  const auto date = in.date(0);
  if (!date) return in.unusable(0);
  return *date <= in.today() ? passed() : failed({{"date", format_date(*date)}});
}

RuleOutcome check_minimum_age(const RuleInput& in) {
  const auto birth = in.date(0);
  if (!birth) return in.unusable(0);
  if (*birth > in.today()) return skipped("not applicable: the date of birth is in the future");
  const int age = age_on(*birth, in.today());
  const int minimum = in.options().min_age_years;
  return age >= minimum ? passed() : failed({{"age", std::to_string(age)}, {"minimum", std::to_string(minimum)}});
}

RuleOutcome check_not_expired(const RuleInput& in) {
  const auto expiry = in.date(0);
  if (!expiry) return in.unusable(0);
  return *expiry >= in.today() ? passed() : failed({{"date", format_date(*expiry)}});
}

namespace {

RuleOutcome compare(const RuleInput& in, bool allow_equal) {
  const auto earlier = in.date(0);
  if (!earlier) return in.unusable(0);
  const auto later = in.date(1);
  if (!later) return in.unusable(1);
  const bool ok = allow_equal ? *earlier <= *later : *earlier < *later;
  return ok ? passed() : failed({{"earlier", format_date(*earlier)}, {"later", format_date(*later)}});
}

}  // namespace

RuleOutcome check_before(const RuleInput& in) {
  return compare(in, false);
}

RuleOutcome check_on_or_before(const RuleInput& in) {
  return compare(in, true);
}

RuleOutcome check_proof_of_address_recent(const RuleInput& in) {
  const auto date = in.date(0);
  if (!date) return in.unusable(0);
  const auto days = days_since_epoch(in.today()) - days_since_epoch(*date);
  const int maximum = in.options().max_proof_of_address_age_days;
  if (days <= maximum) return passed();
  return failed({{"days", std::to_string(days)}, {"maximum", std::to_string(maximum)}});
}

RuleOutcome check_transactions_in_period(const RuleInput& in) {
  const Json* transactions = in.value(0);
  if (transactions == nullptr) return in.unusable(0);
  const auto rows = parse_transaction_rows(*transactions);
  if (!rows) return in.unusable(0);
  const auto start = in.date(1);
  if (!start) return in.unusable(1);
  const auto end = in.date(2);
  if (!end) return in.unusable(2);
  if (*end < *start) return skipped("not applicable: the statement period ends before it starts");
  int outside = 0;
  size_t first = 0;
  for (size_t i = 0; i < rows->size(); ++i) {
    const auto& date = (*rows)[i].date;
    if (date && (*date < *start || *date > *end)) {
      if (outside++ == 0) first = i;
    }
  }
  if (outside == 0) return passed();
  return failed({{"count", std::to_string(outside)},
                 {"row", std::to_string(first + 1)},
                 {"date", format_date(*(*rows)[first].date)}});
}

}  // namespace kycx::validators
