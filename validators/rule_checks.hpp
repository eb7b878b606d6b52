// The check functions a schema's rules name ("x-kycx": {"rules": [{"check":
// "medicare_tax", ...}]}), by name. A constant table; thread-safe.
#pragma once

#include <string_view>

#include "validators/rule.hpp"

namespace kycx::validators {

// The check function named `name`; nullptr when there is none.
RuleCheck find_check(std::string_view name);

}  // namespace kycx::validators
