// Row-level scoring of a list of rows (bank statement transactions): rows
// are matched on their normalised date, amount and description, each row
// at most once, whatever their order. Pure functions; thread-safe.
#pragma once

#include <cstdint>

#include "core/json.hpp"

namespace kycx::eval {

// The keys a row is matched on; other keys (balance) do not decide a match.
inline constexpr const char* kRowMatchKeys[] = {"date", "amount", "description"};

struct RowMatch {
  std::int64_t truth_rows = 0;
  std::int64_t predicted_rows = 0;
  std::int64_t matched_rows = 0;  // pairs of a truth row and a predicted row with equal keys

  RowMatch& operator+=(const RowMatch& other);
};

// Both lists as normalize_value() returns them for a kRows rule; a null or
// non-list counts as no rows.
RowMatch match_rows(const Json& truth, const Json& predicted);

}  // namespace kycx::eval
