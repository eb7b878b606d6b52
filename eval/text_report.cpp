#include "eval/text_report.hpp"

#include <cmath>

#include "eval/text_table.hpp"

namespace kycx::eval {

namespace {

// The thresholds the text shows of the trade-off curve (all are in the JSON and HTML).
constexpr double kShownThresholds[] = {0.50, 0.60, 0.70, 0.80, 0.85, 0.90, 0.95, 0.99};

std::vector<std::string> rate_cells(const FieldCounts& c) {
  return {std::to_string(c.scored),
          percent(c.correct, c.scored),
          percent(c.correct_predicted_non_null, c.predicted_non_null),
          percent(c.correct_truth_non_null, c.truth_non_null),
          percent(c.accepted, c.scored),
          percent(c.accepted_wrong, c.accepted)};
}

const std::vector<std::string> kRateHeader = {"scored", "accuracy",         "precision",
                                              "recall", "straight-through", "silent errors"};

std::vector<std::string> with_rates(std::vector<std::string> head, const FieldCounts& counts) {
  for (std::string& cell : rate_cells(counts)) head.push_back(std::move(cell));
  return head;
}

// The text header cells followed by the rate columns' headers.
std::vector<std::string> header(std::vector<std::string> head) {
  head.insert(head.end(), kRateHeader.begin(), kRateHeader.end());
  return head;
}

std::string summary(const EvalReport& r) {
  std::string out = "kycx eval " + r.dataset + ": " + std::to_string(r.documents) + " documents, " +
                    std::to_string(r.pages) + " pages, " + std::to_string(r.overall.scored) + " scored fields\n\n";
  TextTable t({"metric", "rate", "count"});
  const FieldCounts& c = r.overall;
  t.add({"field accuracy", percent(c.correct, c.scored), fraction(c.correct, c.scored)});
  t.add({"field precision", percent(c.correct_predicted_non_null, c.predicted_non_null),
         fraction(c.correct_predicted_non_null, c.predicted_non_null)});
  t.add({"field recall", percent(c.correct_truth_non_null, c.truth_non_null),
         fraction(c.correct_truth_non_null, c.truth_non_null)});
  t.add({"straight-through rate (fields)", percent(c.accepted, c.scored), fraction(c.accepted, c.scored)});
  t.add({"silent error rate", percent(c.accepted_wrong, c.accepted), fraction(c.accepted_wrong, c.accepted)});
  t.add({"document type accuracy", percent(r.type_correct, r.documents), fraction(r.type_correct, r.documents)});
  t.add({"straight-through rate (documents)", percent(r.accepted_documents, r.documents),
         fraction(r.accepted_documents, r.documents)});
  t.add({"documents needs_review", percent(r.needs_review_documents, r.documents),
         fraction(r.needs_review_documents, r.documents)});
  t.add(
      {"documents rejected", percent(r.rejected_documents, r.documents), fraction(r.rejected_documents, r.documents)});
  t.add({"expected calibration error", fixed(r.calibration.expected_calibration_error, 3),
         std::to_string(r.calibration.samples) + " values"});
  t.add({"pages per second", fixed(r.pages_per_second(), 2),
         std::to_string(r.pages) + " pages / " + fixed(r.wall_seconds, 1) + " s"});
  t.add({"latency per document p50", fixed(r.latency_p50_ms, 0) + " ms", ""});
  t.add({"latency per document p95", fixed(r.latency_p95_ms, 0) + " ms", ""});
  if (r.rows.truth_rows > 0 || r.rows.predicted_rows > 0) {
    t.add({"transaction row precision", percent(r.rows.matched_rows, r.rows.predicted_rows),
           fraction(r.rows.matched_rows, r.rows.predicted_rows)});
    t.add({"transaction row recall", percent(r.rows.matched_rows, r.rows.truth_rows),
           fraction(r.rows.matched_rows, r.rows.truth_rows)});
  }
  return out + t.render();
}

// Only when the dataset holds packets: how they were split, and where the split went wrong.
std::string packets_text(const EvalReport& r) {
  if (!r.packets) return "";
  const PacketSummary& p = *r.packets;
  auto rate_row = [](const char* name, const Ratio& ratio) {
    return std::vector<std::string>{name, percent(ratio.num, ratio.den), fraction(ratio.num, ratio.den)};
  };
  TextTable t({"metric", "rate", "count"});
  t.add(rate_row("boundary precision (produced documents)", p.boundary_precision()));
  t.add(rate_row("boundary recall (true documents)", p.boundary_recall()));
  t.add(rate_row("type accuracy (documents found exactly)", p.exact_type_accuracy()));
  t.add(rate_row("straight-through rate (true documents)", p.straight_through_rate()));
  t.add(rate_row("out-of-scope accepted (target 0)", p.out_of_scope_accepted_rate()));
  t.add(rate_row("supported typed unknown", p.supported_typed_unknown_rate()));
  t.add({"true documents scored against an overlap", "", std::to_string(p.truth_overlap)});
  t.add({"true documents on no produced document", "", std::to_string(p.truth_missing)});
  t.add({"produced documents on unlabelled pages", "", std::to_string(p.produced_unlabelled)});
  std::string out = "\nPackets: " + std::to_string(p.packets) + " files, " + std::to_string(p.truth_documents) +
                    " true documents, " + std::to_string(p.produced_documents) + " produced\n" + t.render();
  TextTable wrong({"file", "truth", "produced", "pages"}, 3);
  bool any = false;
  for (const PacketScore& file : p.files) {
    if (file.boundaries_right()) continue;
    wrong.add({file.relative_path, file.truth_text(), file.produced_text(), std::to_string(file.pages)});
    any = true;
  }
  if (any) out += "\nPackets split differently from the truth (pages and type)\n" + wrong.render();
  return out;
}

std::string per_type(const EvalReport& r) {
  TextTable t(header({"type", "docs", "type ok", "accepted", "rejected"}));
  for (const TypeRow& type : r.types) {
    t.add(with_rates({type.document_type, std::to_string(type.documents), fraction(type.type_correct, type.documents),
                      std::to_string(type.accepted_documents), std::to_string(type.rejected_documents)},
                     type.counts));
  }
  t.add(with_rates({"all", std::to_string(r.documents), fraction(r.type_correct, r.documents),
                    std::to_string(r.accepted_documents), std::to_string(r.rejected_documents)},
                   r.overall));
  return "\nPer document type\n" + t.render();
}

std::string per_field(const EvalReport& r) {
  TextTable t(header({"type", "field"}), 2);
  for (const FieldRow& row : r.fields) t.add(with_rates({row.document_type, row.field}, row.counts));
  return "\nPer field\n" + t.render();
}

std::string calibration(const EvalReport& r) {
  TextTable t({"confidence", "count", "mean confidence", "accuracy", "gap"});
  for (const CalibrationBin& bin : r.calibration.bins) {
    const std::string range = fixed(bin.lower, 1) + "-" + fixed(bin.upper, 1);
    if (bin.count == 0) {
      t.add({range, "0", "-", "-", "-"});
      continue;
    }
    t.add({range, std::to_string(bin.count), fixed(bin.mean_confidence, 3), fixed(bin.accuracy, 3),
           fixed(bin.accuracy - bin.mean_confidence, 3)});
  }
  return "\nCalibration (" + std::to_string(r.calibration.samples) + " predicted values, ECE " +
         fixed(r.calibration.expected_calibration_error, 3) + ")\n" + t.render();
}

std::string tradeoff(const EvalReport& r) {
  TextTable t({"threshold", "straight-through", "silent errors", "accepted", "wrong"});
  for (const TradeoffPoint& p : r.tradeoff) {
    bool shown = false;
    for (double s : kShownThresholds) shown = shown || std::abs(s - p.threshold) < 1e-9;
    if (!shown) continue;
    t.add({fixed(p.threshold, 2), percent(p.accepted, p.scored), percent(p.accepted_wrong, p.accepted),
           std::to_string(p.accepted), std::to_string(p.accepted_wrong)});
  }
  return "\nTrade-off as the review threshold moves (accepted: confidence >= threshold, no other review reason)\n" +
         t.render();
}

std::string problems(const EvalReport& r) {
  std::string out;
  if (!r.confusion.empty()) {
    TextTable t({"truth type", "read as", "documents"}, 2);
    for (const Confusion& c : r.confusion) t.add({c.truth_type, c.predicted_type, std::to_string(c.count)});
    out += "\nDocument type confusion\n" + t.render();
  }
  const auto docs = r.problem_documents();
  if (!docs.empty()) {
    TextTable t({"file", "truth type", "read as", "status", "errors"}, 5);
    for (const DocumentScore* d : docs) {
      std::string errors;
      for (const std::string& code : d->error_codes) errors += (errors.empty() ? "" : ",") + code;
      t.add({d->display_name(), d->truth_type, d->predicted_type, std::string(to_string(d->status)), errors});
    }
    out += "\nDocuments with a wrong type or rejected\n" + t.render();
  }
  return out;
}

}  // namespace

std::string render_text(const EvalReport& report) {
  return summary(report) + packets_text(report) + per_type(report) + per_field(report) + calibration(report) +
         tradeoff(report) + problems(report);
}

}  // namespace kycx::eval
