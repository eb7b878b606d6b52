// The quality gate: metric floors and ceilings kept in one versioned JSON
// file (tests/quality/thresholds.json), checked against an EvalReport.
// Metric names: see metric_names(); "<type>.<name>" limits one document
// type. Plain values and pure functions; thread-safe.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/json.hpp"
#include "eval/eval_report.hpp"

namespace kycx::eval {

struct Thresholds {
  std::string version;
  std::map<std::string, double> floors;    // metric must be >= floor
  std::map<std::string, double> ceilings;  // metric must be <= ceiling
};

// A metric on the wrong side of its bound.
struct Regression {
  std::string metric;
  double value = 0.0;
  double bound = 0.0;
  bool ceiling = false;  // false: fell below a floor; true: rose above a ceiling

  // "field_accuracy 0.4123 is below its floor 0.4500"
  std::string message() const;
};

// The names a thresholds file may use (each also as "<type>.<name>" for the
// field and document-type metrics). The packet metrics fail on a dataset
// without packets.
std::vector<std::string> metric_names();

// The value of `name` in `report`; fails for an unknown name or type.
Result<double> metric_value(const EvalReport& report, const std::string& name);

// {"version": ..., "note": ..., "floors": {name: x}, "ceilings": {name: x}}.
Result<Thresholds> parse_thresholds(const Json& json);
Result<Thresholds> load_thresholds(const std::filesystem::path& path);

// Every bound that does not hold; a value equal to its bound passes. Fails
// when a name cannot be resolved, so a typo never passes silently.
Result<std::vector<Regression>> check_gate(const EvalReport& report, const Thresholds& thresholds);

}  // namespace kycx::eval
