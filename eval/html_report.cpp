#include "eval/html_report.hpp"

#include <cmath>

#include "core/version.hpp"
#include "eval/markup.hpp"
#include "eval/report_charts.hpp"
#include "eval/text_table.hpp"

namespace kycx::eval {

namespace {

constexpr const char* kStyle = R"css(
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; padding: 28px 36px 48px; font: 14px/1.45 "DejaVu Sans", "Liberation Sans", Arial, sans-serif;
       color: #1f2933; background: #f5f6f8; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 0 0 10px; }
h3 { font-size: 14px; margin: 0 0 6px; }
p.sub, p.note, footer { color: #5b6670; margin: 4px 0 0; }
section { margin-top: 26px; }
.cards { display: grid; grid-template-columns: repeat(5, 1fr); gap: 12px; }
.card { background: #fff; border-radius: 8px; padding: 12px 14px; border-left: 5px solid #c5ccd3; }
.card.good { border-left-color: #2e8b57; } .card.bad { border-left-color: #d1495b; }
.card .label { color: #5b6670; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.card .value { font-size: 26px; font-weight: bold; margin: 2px 0; }
.card .detail { color: #5b6670; font-size: 12px; }
.row { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
.row > .panel { flex: 1 1 0; min-width: 560px; }
svg { max-width: 100%; height: auto; }
.panel { background: #fff; border-radius: 8px; padding: 16px 18px; }
.grid { display: grid; grid-template-columns: repeat(2, max-content); gap: 16px; }
table { border-collapse: collapse; font-size: 13px; }
th, td { padding: 4px 10px; border-bottom: 1px solid #e3e7eb; text-align: right; white-space: nowrap; }
th.text, td.text { text-align: left; }
th { color: #5b6670; font-weight: normal; border-bottom: 2px solid #c5ccd3; }
svg text { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; fill: #1f2933; }
svg .tick { font-size: 11px; fill: #5b6670; } svg .axis { font-size: 12px; }
svg .legend, svg .point, svg .value { font-size: 11px; } svg .field { font-size: 12px; }
svg .count { font-size: 11px; font-weight: bold; } svg .muted { fill: #8a949e; font-size: 11px; }
svg .grid { stroke: #e3e7eb; stroke-width: 1; } svg .frame { fill: none; stroke: #9aa5b1; }
svg .point, svg .count { paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
)css";

std::string rate_text(const Ratio& r) {
  return percent(r.num, r.den);
}

struct Card {
  std::string label;
  std::string value;
  std::string detail;
  std::string verdict;  // "", "good" or "bad"
};

std::string card(const Card& c) {
  return "<div class=\"card " + c.verdict + "\"><div class=\"label\">" + escape_xml(c.label) +
         "</div><div class=\"value\">" + escape_xml(c.value) + "</div><div class=\"detail\">" + escape_xml(c.detail) +
         "</div></div>";
}

// The first `text_columns` columns are left-aligned, the numbers after them right-aligned.
std::string table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                  size_t text_columns = 1) {
  auto cell = [&](const char* tag, size_t i, const std::string& text) {
    return std::string("<") + tag + (i < text_columns ? " class=\"text\">" : ">") + escape_xml(text) + "</" + tag + ">";
  };
  std::string out = "<table><tr>";
  for (size_t i = 0; i < header.size(); ++i) out += cell("th", i, header[i]);
  out += "</tr>";
  for (const auto& row : rows) {
    out += "<tr>";
    for (size_t i = 0; i < row.size(); ++i) out += cell("td", i, row[i]);
    out += "</tr>";
  }
  return out + "</table>";
}

std::string cards(const EvalReport& r) {
  const FieldCounts& c = r.overall;
  // Green or red against the product targets; grey while nothing is accepted.
  std::string silent_verdict, through_verdict;
  if (c.silent_error().defined()) silent_verdict = c.silent_error().value() <= kTargetSilentErrorRate ? "good" : "bad";
  if (c.straight_through().defined()) {
    through_verdict = c.straight_through().value() >= kTargetStraightThroughRate ? "good" : "bad";
  }
  std::string out = "<section class=\"cards\">";
  out += card({"Field accuracy", rate_text(c.accuracy()), fraction(c.correct, c.scored) + " scored fields right", ""});
  out += card({"Silent error rate", rate_text(c.silent_error()),
               fraction(c.accepted_wrong, c.accepted) + " accepted but wrong; target at most " +
                   fixed(100 * kTargetSilentErrorRate, 1) + "%",
               silent_verdict});
  out += card({"Straight-through (fields)", rate_text(c.straight_through()),
               fraction(c.accepted, c.scored) + " without review; target at least " +
                   fixed(100 * kTargetStraightThroughRate, 0) + "%",
               through_verdict});
  out += card({"Document type accuracy", rate_text(r.type_accuracy()), fraction(r.type_correct, r.documents), ""});
  out += card({"Documents accepted", rate_text(r.document_straight_through()),
               fraction(r.accepted_documents, r.documents) + "; " + std::to_string(r.rejected_documents) + " rejected",
               ""});
  out += card({"Precision", rate_text(c.precision()),
               fraction(c.correct_predicted_non_null, c.predicted_non_null) + " predicted values right", ""});
  out += card({"Recall", rate_text(c.recall()),
               fraction(c.correct_truth_non_null, c.truth_non_null) + " true values found", ""});
  out += card({"Calibration error (ECE)", fixed(r.calibration.expected_calibration_error, 3),
               std::to_string(r.calibration.samples) + " predicted values, 10 bins", ""});
  out += card({"Throughput", fixed(r.pages_per_second(), 2) + " pages/s",
               std::to_string(r.pages) + " pages in " + fixed(r.wall_seconds, 1) + " s", ""});
  out += card({"Latency per document", fixed(r.latency_p50_ms / 1000, 1) + " s",
               "p50; p95 " + fixed(r.latency_p95_ms / 1000, 1) + " s", ""});
  return out + "</section>";
}

std::string charts(const EvalReport& r) {
  return "<section class=\"row\"><div class=\"panel\"><h2>Reliability diagram</h2>" +
         reliability_diagram(r.calibration) +
         "<p class=\"note\">Bars: share of predicted values that were right per confidence bin; number above: values "
         "in the bin. Calibrated confidence puts the bars on the diagonal. ECE " +
         fixed(r.calibration.expected_calibration_error, 3) +
         ".</p></div><div class=\"panel\"><h2>Straight-through vs silent errors</h2>" + tradeoff_chart(r) +
         "<p class=\"note\">Each point is one review threshold t: a field goes out without review when its document "
         "is usable, its confidence is at least t and nothing else sends it to review.</p></div></section>";
}

std::string field_bars(const EvalReport& r) {
  std::string out = "<section><h2>Field accuracy by document type</h2><div class=\"grid\">";
  for (const TypeRow& type : r.types) {
    out += "<div class=\"panel\"><h3>" + escape_xml(type.document_type) + " &middot; " +
           rate_text(type.counts.accuracy()) + " of " + std::to_string(type.counts.scored) + " fields, " +
           std::to_string(type.documents) + " documents</h3>" + field_accuracy_bars(r, type.document_type) + "</div>";
  }
  return out + "</div></section>";
}

std::string problem_tables(const EvalReport& r, const HtmlReportOptions& options) {
  std::vector<std::vector<std::string>> worst;
  for (const FieldRow* f : r.worst_fields(options.worst_fields)) {
    worst.push_back({f->document_type + "." + f->field, rate_text(f->counts.accuracy()),
                     fraction(f->counts.correct, f->counts.scored), rate_text(f->counts.recall()),
                     rate_text(f->counts.precision())});
  }
  std::vector<std::vector<std::string>> docs;
  for (const DocumentScore* d : r.problem_documents()) {
    std::string errors;
    for (const std::string& code : d->error_codes) errors += (errors.empty() ? "" : ", ") + code;
    docs.push_back({d->display_name(), d->truth_type, d->predicted_type, std::string(to_string(d->status)), errors});
  }
  std::string out = "<section class=\"row\"><div class=\"panel\"><h2>Worst fields</h2>" +
                    table({"field", "accuracy", "right", "recall", "precision"}, worst) + "</div>";
  out += "<div class=\"panel\"><h2>Documents with a wrong type or rejected</h2>";
  out += docs.empty() ? std::string("<p class=\"note\">None.</p>")
                      : table({"file", "truth type", "read as", "status", "errors"}, docs, 5);
  return out + "</div></section>";
}

// Only when the dataset holds packets: how they were split (docs/EVAL.md, "Packets").
std::string packets_html(const EvalReport& r) {
  if (!r.packets) return "";
  const PacketSummary& p = *r.packets;
  auto rate_row = [](const char* name, const Ratio& ratio) {
    return std::vector<std::string>{name, rate_text(ratio), fraction(ratio.num, ratio.den)};
  };
  const std::vector<std::vector<std::string>> metrics = {
      rate_row("Boundary precision (produced documents)", p.boundary_precision()),
      rate_row("Boundary recall (true documents)", p.boundary_recall()),
      rate_row("Type accuracy (documents found exactly)", p.exact_type_accuracy()),
      rate_row("Straight-through (true documents)", p.straight_through_rate()),
      rate_row("Out-of-scope accepted (target 0)", p.out_of_scope_accepted_rate()),
      rate_row("Supported typed unknown", p.supported_typed_unknown_rate()),
      {"True documents scored against an overlap", "", std::to_string(p.truth_overlap)},
      {"True documents on no produced document", "", std::to_string(p.truth_missing)},
      {"Produced documents on unlabelled pages", "", std::to_string(p.produced_unlabelled)}};
  std::vector<std::vector<std::string>> wrong;
  for (const PacketScore& file : p.files) {
    if (!file.boundaries_right()) {
      wrong.push_back({file.relative_path, file.truth_text(), file.produced_text(), std::to_string(file.pages)});
    }
  }
  std::string out = "<section class=\"row\"><div class=\"panel\"><h2>Packets</h2><p class=\"note\">" +
                    std::to_string(p.packets) + " files holding " + std::to_string(p.truth_documents) +
                    " true documents; the pipeline produced " + std::to_string(p.produced_documents) + ".</p>" +
                    table({"metric", "rate", "count"}, metrics) + "</div>";
  out += "<div class=\"panel\"><h2>Packets split differently from the truth</h2>";
  out += wrong.empty() ? std::string("<p class=\"note\">None.</p>")
                       : table({"file", "truth (pages type)", "produced (pages type)", "pages"}, wrong, 3);
  return out + "</div></section>";
}

std::string detail_tables(const EvalReport& r) {
  std::vector<std::vector<std::string>> types;
  for (const TypeRow& t : r.types) {
    types.push_back({t.document_type, std::to_string(t.documents), fraction(t.type_correct, t.documents),
                     std::to_string(t.accepted_documents), std::to_string(t.rejected_documents),
                     std::to_string(t.counts.scored), rate_text(t.counts.accuracy()), rate_text(t.counts.precision()),
                     rate_text(t.counts.recall()), rate_text(t.counts.straight_through()),
                     rate_text(t.counts.silent_error())});
  }
  std::vector<std::vector<std::string>> bins;
  for (const CalibrationBin& b : r.calibration.bins) {
    bins.push_back({fixed(b.lower, 1) + "-" + fixed(b.upper, 1), std::to_string(b.count),
                    b.count ? fixed(b.mean_confidence, 3) : "-", b.count ? fixed(b.accuracy, 3) : "-"});
  }
  std::vector<std::vector<std::string>> curve;
  for (const TradeoffPoint& p : r.tradeoff) {
    const long percent_t = std::lround(p.threshold * 100);
    if (percent_t % 5 != 0 && percent_t != 99) continue;
    curve.push_back({fixed(p.threshold, 2), rate_text(p.straight_through()), rate_text(p.silent_error()),
                     std::to_string(p.accepted), std::to_string(p.accepted_wrong)});
  }
  std::string rows = "<p class=\"note\">Transaction rows (matched on date, amount and description): " +
                     std::to_string(r.rows.matched_rows) + " matched of " + std::to_string(r.rows.truth_rows) +
                     " true and " + std::to_string(r.rows.predicted_rows) + " predicted rows; precision " +
                     rate_text({r.rows.matched_rows, r.rows.predicted_rows}) + ", recall " +
                     rate_text({r.rows.matched_rows, r.rows.truth_rows}) + ".</p>";
  return "<section class=\"panel\"><h2>Per document type</h2>" +
         table({"type", "documents", "type right", "accepted", "rejected", "fields", "accuracy", "precision", "recall",
                "straight-through", "silent errors"},
               types) +
         rows + "</section><section class=\"row\"><div class=\"panel\"><h2>Calibration</h2>" +
         table({"confidence", "values", "mean confidence", "accuracy"}, bins) +
         "</div><div class=\"panel\"><h2>Trade-off by threshold</h2>" +
         table({"threshold", "straight-through", "silent errors", "accepted", "wrong"}, curve) + "</div></section>";
}

}  // namespace

std::string render_html(const EvalReport& r, const HtmlReportOptions& options) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" +
                    escape_xml(options.title + " - " + r.dataset) + "</title><style>" + kStyle +
                    "</style></head><body>";
  out += "<header><h1>" + escape_xml(options.title) + "</h1><p class=\"sub\">dataset " + escape_xml(r.dataset) +
         " &middot; " + std::to_string(r.documents) + " documents &middot; " + std::to_string(r.pages) +
         " pages &middot; " + std::to_string(r.overall.scored) + " scored fields &middot; kycx " + kVersion +
         "</p></header>";
  out += cards(r) + packets_html(r) + charts(r) + field_bars(r) + problem_tables(r, options) + detail_tables(r);
  out +=
      "<footer><p>Definitions and denominators: docs/EVAL.md. This report shows field names, counts, rates and "
      "file names only, never a document's values.</p></footer></body></html>\n";
  return out;
}

}  // namespace kycx::eval
