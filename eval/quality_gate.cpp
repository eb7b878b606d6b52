#include "eval/quality_gate.hpp"

#include <fstream>
#include <functional>
#include <sstream>

#include "eval/text_table.hpp"

namespace kycx::eval {

namespace {

using TypeMetric = std::function<double(const TypeRow&)>;
using ReportMetric = std::function<double(const EvalReport&)>;

// Metrics that exist overall and per document type.
const std::map<std::string, std::pair<ReportMetric, TypeMetric>>& shared_metrics() {
  static const std::map<std::string, std::pair<ReportMetric, TypeMetric>> metrics = {
      {"field_accuracy",
       {[](const EvalReport& r) { return r.overall.accuracy().value(); },
        [](const TypeRow& t) { return t.counts.accuracy().value(); }}},
      {"field_precision",
       {[](const EvalReport& r) { return r.overall.precision().value(); },
        [](const TypeRow& t) { return t.counts.precision().value(); }}},
      {"field_recall",
       {[](const EvalReport& r) { return r.overall.recall().value(); },
        [](const TypeRow& t) { return t.counts.recall().value(); }}},
      {"straight_through_rate",
       {[](const EvalReport& r) { return r.overall.straight_through().value(); },
        [](const TypeRow& t) { return t.counts.straight_through().value(); }}},
      {"silent_error_rate",
       {[](const EvalReport& r) { return r.overall.silent_error().value(); },
        [](const TypeRow& t) { return t.counts.silent_error().value(); }}},
      {"document_type_accuracy",
       {[](const EvalReport& r) { return r.type_accuracy().value(); },
        [](const TypeRow& t) { return t.type_accuracy().value(); }}},
      {"document_straight_through_rate",
       {[](const EvalReport& r) { return r.document_straight_through().value(); },
        [](const TypeRow& t) {
          return Ratio{t.accepted_documents, t.documents}.value();
        }}},
  };
  return metrics;
}

// Metrics that exist only over the whole run.
const std::map<std::string, ReportMetric>& run_metrics() {
  static const std::map<std::string, ReportMetric> metrics = {
      {"expected_calibration_error", [](const EvalReport& r) { return r.calibration.expected_calibration_error; }},
      {"transaction_row_precision",
       [](const EvalReport& r) {
         return Ratio{r.rows.matched_rows, r.rows.predicted_rows}.value();
       }},
      {"transaction_row_recall",
       [](const EvalReport& r) {
         return Ratio{r.rows.matched_rows, r.rows.truth_rows}.value();
       }},
      {"pages_per_second", [](const EvalReport& r) { return r.pages_per_second(); }},
      {"latency_p50_ms", [](const EvalReport& r) { return r.latency_p50_ms; }},
      {"latency_p95_ms", [](const EvalReport& r) { return r.latency_p95_ms; }},
  };
  return metrics;
}

// Metrics of a dataset's packets (docs/EVAL.md, "Packets"); an error on a dataset without any.
const std::map<std::string, std::function<Ratio(const PacketSummary&)>>& packet_metrics() {
  static const std::map<std::string, std::function<Ratio(const PacketSummary&)>> metrics = {
      {"packet_boundary_precision", [](const PacketSummary& p) { return p.boundary_precision(); }},
      {"packet_boundary_recall", [](const PacketSummary& p) { return p.boundary_recall(); }},
      {"packet_type_accuracy", [](const PacketSummary& p) { return p.exact_type_accuracy(); }},
      {"packet_straight_through_rate", [](const PacketSummary& p) { return p.straight_through_rate(); }},
      {"out_of_scope_accepted_rate", [](const PacketSummary& p) { return p.out_of_scope_accepted_rate(); }},
      {"supported_typed_unknown_rate", [](const PacketSummary& p) { return p.supported_typed_unknown_rate(); }},
  };
  return metrics;
}

// "passport.field_accuracy" -> {"passport", "field_accuracy"}; no type: {"", name}.
std::pair<std::string, std::string> split_name(const std::string& name) {
  const auto dot = name.rfind('.');
  if (dot == std::string::npos) return {"", name};
  return {name.substr(0, dot), name.substr(dot + 1)};
}

Result<void> check_name(const std::string& name) {
  const auto [type, base] = split_name(name);
  if (shared_metrics().count(base) > 0 ||
      (type.empty() && (run_metrics().count(base) > 0 || packet_metrics().count(base) > 0))) {
    return {};
  }
  std::string known;
  for (const std::string& n : metric_names()) known += (known.empty() ? "" : ", ") + n;
  return fail(ErrorCode::kInvalidArgument, "unknown metric '" + name + "' (known: " + known + "; the first " +
                                               std::to_string(shared_metrics().size()) + " also as <type>.<name>)");
}

Result<std::map<std::string, double>> parse_bounds(const Json& json, const char* key) {
  std::map<std::string, double> out;
  if (!json.contains(key)) return out;
  if (!json[key].is_object())
    return fail(ErrorCode::kInvalidArgument, std::string("\"") + key + "\" must be an object");
  for (const auto& [name, value] : json[key].items()) {
    if (!value.is_number()) {
      return fail(ErrorCode::kInvalidArgument, std::string(key) + "." + name + " must be a number");
    }
    if (auto ok = check_name(name); !ok) return tl::unexpected(ok.error());
    out[name] = value.get<double>();
  }
  return out;
}

}  // namespace

std::string Regression::message() const {
  return metric + " " + fixed(value, 4) + (ceiling ? " is above its ceiling " : " is below its floor ") +
         fixed(bound, 4);
}

std::vector<std::string> metric_names() {
  std::vector<std::string> names;
  for (const auto& [name, metric] : shared_metrics()) names.push_back(name);
  for (const auto& [name, metric] : run_metrics()) names.push_back(name);
  for (const auto& [name, metric] : packet_metrics()) names.push_back(name);
  return names;
}

Result<double> metric_value(const EvalReport& report, const std::string& name) {
  if (auto ok = check_name(name); !ok) return tl::unexpected(ok.error());
  const auto [type, base] = split_name(name);
  if (type.empty()) {
    if (auto it = shared_metrics().find(base); it != shared_metrics().end()) return it->second.first(report);
    if (auto it = packet_metrics().find(base); it != packet_metrics().end()) {
      if (!report.packets) return fail(ErrorCode::kNotFound, "metric '" + name + "': the dataset holds no packet");
      return it->second(*report.packets).value();
    }
    return run_metrics().at(base)(report);
  }
  for (const TypeRow& row : report.types) {
    if (row.document_type == type) return shared_metrics().at(base).second(row);
  }
  return fail(ErrorCode::kNotFound, "metric '" + name + "': the dataset holds no document of type '" + type + "'");
}

Result<Thresholds> parse_thresholds(const Json& json) {
  if (!json.is_object()) return fail(ErrorCode::kInvalidArgument, "thresholds must be a JSON object");
  Thresholds thresholds;
  if (json.contains("version")) {
    const Json& v = json["version"];
    thresholds.version = v.is_string() ? v.get<std::string>() : v.dump();
  }
  auto floors = parse_bounds(json, "floors");
  if (!floors) return tl::unexpected(floors.error());
  auto ceilings = parse_bounds(json, "ceilings");
  if (!ceilings) return tl::unexpected(ceilings.error());
  thresholds.floors = std::move(*floors);
  thresholds.ceilings = std::move(*ceilings);
  return thresholds;
}

Result<Thresholds> load_thresholds(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) return fail(ErrorCode::kNotFound, "cannot read thresholds file " + path.string());
  std::stringstream text;
  text << in.rdbuf();
  try {
    auto thresholds = parse_thresholds(Json::parse(text.str()));
    if (!thresholds) return fail(thresholds.error().code, path.string() + ": " + thresholds.error().message);
    return thresholds;
  } catch (const nlohmann::json::exception& e) {
    return fail(ErrorCode::kInvalidArgument, path.string() + " is not valid JSON: " + e.what());
  }
}

Result<std::vector<Regression>> check_gate(const EvalReport& report, const Thresholds& thresholds) {
  std::vector<Regression> regressions;
  for (const bool ceiling : {false, true}) {
    for (const auto& [name, bound] : ceiling ? thresholds.ceilings : thresholds.floors) {
      auto value = metric_value(report, name);
      if (!value) return tl::unexpected(value.error());
      const bool holds = ceiling ? *value <= bound : *value >= bound;
      if (!holds) regressions.push_back({name, *value, bound, ceiling});
    }
  }
  return regressions;
}

}  // namespace kycx::eval
