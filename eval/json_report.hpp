// The machine-readable evaluation report (`kycx eval --json`). Every rate
// comes with its numerator and denominator and is null when the denominator
// is 0. Per-document results carry field names, correctness, confidence and
// review reason codes, never values. Pure; thread-safe.
#pragma once

#include "core/json.hpp"
#include "eval/eval_report.hpp"

namespace kycx::eval {

Json render_json(const EvalReport& report);

}  // namespace kycx::eval
