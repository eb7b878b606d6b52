#include "eval/report_charts.hpp"

#include <cmath>

#include "eval/markup.hpp"
#include "eval/svg_plot.hpp"
#include "eval/text_table.hpp"

namespace kycx::eval {

namespace {

constexpr const char* kBlue = "#3b6fb6";
constexpr const char* kRed = "#d1495b";
constexpr const char* kGreen = "#2e8b57";
constexpr const char* kAmber = "#e0a100";

std::string fill(const char* colour, double opacity = 1.0) {
  return std::string("fill:") + colour + ";fill-opacity:" + fixed(opacity, 2);
}

std::string one_decimal(double v) {
  return fixed(v, 1);
}
std::string whole_percent(double v) {
  return fixed(100 * v, 0) + "%";
}

// The smallest of a few round ranges that holds `value`.
double nice_ceiling(double value) {
  for (double c : {0.01, 0.02, 0.05, 0.1, 0.2, 0.5}) {
    if (value <= c) return c;
  }
  return 1.0;
}

const char* accuracy_colour(double accuracy) {
  if (accuracy >= 0.9) return kGreen;
  if (accuracy >= 0.6) return kAmber;
  return kRed;
}

}  // namespace

std::string reliability_diagram(const Calibration& calibration) {
  SvgPlot plot(PlotFrame{.width = 520, .height = 400});
  plot.axes({0, 0.2, 0.4, 0.6, 0.8, 1.0}, one_decimal, "confidence", {0, 0.2, 0.4, 0.6, 0.8, 1.0}, one_decimal,
            "observed accuracy");
  for (const CalibrationBin& bin : calibration.bins) {
    const double x0 = bin.lower + 0.006;
    const double x1 = bin.upper - 0.006;
    const double centre = plot.x((bin.lower + bin.upper) / 2);
    if (bin.count == 0) {
      plot.text_px(centre, plot.y(0) - 5, "0", "middle", "count muted");
      continue;
    }
    plot.rect(x0, 0, x1, bin.accuracy, fill(kBlue, 0.85));
    plot.rect(x0, bin.accuracy, x1, bin.mean_confidence, fill(kRed, 0.35));
    const double top = std::max(bin.accuracy, bin.mean_confidence);
    plot.text_px(centre, plot.y(top) - 5, std::to_string(bin.count), "middle", "count");
  }
  plot.line(0, 0, 1, 1, "stroke:#555;stroke-width:1.5;stroke-dasharray:6 4");
  plot.legend(fill(kBlue, 0.85), "observed accuracy");
  plot.legend(fill(kRed, 0.35), "gap to mean confidence");
  plot.legend("stroke:#555;stroke-width:1.5;stroke-dasharray:6 4", "perfect calibration", true);
  return plot.svg("Reliability diagram: observed accuracy per confidence bin; numbers are values per bin");
}

std::string tradeoff_chart(const EvalReport& report) {
  double max_silent = report.overall.silent_error().value();
  for (const TradeoffPoint& p : report.tradeoff) max_silent = std::max(max_silent, p.silent_error().value());
  const double x_max = nice_ceiling(std::max(max_silent * 1.1, 2 * kTargetSilentErrorRate));
  SvgPlot plot(PlotFrame{.width = 520, .height = 400, .x_max = x_max});
  const int decimals = x_max <= 0.05 ? 1 : 0;
  std::vector<double> x_ticks;
  for (int i = 0; i <= 5; ++i) x_ticks.push_back(x_max * i / 5);
  plot.axes(
      x_ticks, [decimals](double v) { return fixed(100 * v, decimals) + "%"; }, "silent error rate",
      {0, 0.2, 0.4, 0.6, 0.8, 1.0}, whole_percent, "straight-through rate (fields)");
  plot.rect(0, kTargetStraightThroughRate, kTargetSilentErrorRate, 1, fill(kGreen, 0.18));
  plot.text_px(plot.x(kTargetSilentErrorRate) + 4, plot.y(1) + 14, "target", "start", "muted");
  std::vector<std::pair<double, double>> points;
  for (const TradeoffPoint& p : report.tradeoff) {
    points.emplace_back(p.silent_error().value(), p.straight_through().value());
  }
  plot.polyline(points, std::string("stroke:") + kBlue + ";stroke-width:2");
  // Thresholds that give the same point share one label ("t=0.50-0.93").
  double last_label_x = -1e9, last_label_y = -1e9;
  const auto& curve = report.tradeoff;
  for (size_t first = 0, last = 0; first < curve.size(); first = last + 1) {
    const double px = curve[first].silent_error().value(), py = curve[first].straight_through().value();
    bool labelled = false;
    for (last = first;; ++last) {
      const long percent = std::lround(curve[last].threshold * 100);
      labelled = labelled || percent % 10 == 0 || percent == 95 || percent == 99;
      if (last + 1 == curve.size() || curve[last + 1].accepted != curve[first].accepted ||
          curve[last + 1].accepted_wrong != curve[first].accepted_wrong) {
        break;
      }
    }
    plot.circle(px, py, 2.5, fill(kBlue));
    if (!labelled || std::hypot(plot.x(px) - last_label_x, plot.y(py) - last_label_y) < 18) continue;
    std::string label = "t=" + fixed(curve[first].threshold, 2);
    if (last != first) label += "-" + fixed(curve[last].threshold, 2);
    plot.text_px(plot.x(px) + 6, plot.y(py) - 5, label, "start", "point");
    last_label_x = plot.x(px);
    last_label_y = plot.y(py);
  }
  const double run_x = report.overall.silent_error().value(), run_y = report.overall.straight_through().value();
  plot.circle(run_x, run_y, 6, std::string("fill:none;stroke-width:2.5;stroke:") + kAmber);
  plot.text_px(plot.x(run_x) + 9, plot.y(run_y) + 14, "as run", "start", "point");
  plot.legend(fill(kBlue), "threshold 0.50 to 0.99");
  plot.legend(std::string("fill:none;stroke-width:2;stroke:") + kAmber, "as run");
  plot.legend(fill(kGreen, 0.18), "target");
  return plot.svg("Straight-through rate against silent error rate as the review threshold moves");
}

std::string field_accuracy_bars(const EvalReport& report, const std::string& document_type) {
  constexpr double kWidth = 560, kLabel = 196, kBarLeft = 204, kBarWidth = 250, kRow = 22, kTop = 26;
  std::string body;
  double row_y = kTop;
  for (const FieldRow& row : report.fields) {
    if (row.document_type != document_type) continue;
    const double accuracy = row.counts.accuracy().value();
    body += "<text x=\"" + coord(kLabel) + "\" y=\"" + coord(row_y + 15) + "\" text-anchor=\"end\" class=\"field\">" +
            escape_xml(row.field) + "</text>";
    body += "<rect x=\"" + coord(kBarLeft) + "\" y=\"" + coord(row_y + 4) + "\" width=\"" + coord(kBarWidth) +
            "\" height=\"14\" style=\"fill:#eef0f3\"/>";
    body += "<rect x=\"" + coord(kBarLeft) + "\" y=\"" + coord(row_y + 4) + "\" width=\"" +
            coord(kBarWidth * accuracy) + "\" height=\"14\" style=\"" + fill(accuracy_colour(accuracy)) + "\"/>";
    body += "<text x=\"" + coord(kBarLeft + kBarWidth + 8) + "\" y=\"" + coord(row_y + 15) + "\" class=\"value\">" +
            percent(row.counts.correct, row.counts.scored) + "  " + fraction(row.counts.correct, row.counts.scored) +
            "</text>";
    row_y += kRow;
  }
  std::string scale;
  for (int i = 0; i <= 4; ++i) {
    const double gx = kBarLeft + kBarWidth * i / 4;
    scale += "<line class=\"grid\" x1=\"" + coord(gx) + "\" y1=\"" + coord(kTop) + "\" x2=\"" + coord(gx) + "\" y2=\"" +
             coord(row_y + 2) + "\"/>";
    scale += "<text x=\"" + coord(gx) + "\" y=\"" + coord(kTop - 8) + "\" text-anchor=\"middle\" class=\"tick\">" +
             std::to_string(25 * i) + "%</text>";
  }
  const double height = row_y + 8;
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + coord(kWidth) + " " + coord(height) +
         "\" width=\"" + coord(kWidth) + "\" height=\"" + coord(height) + "\" role=\"img\"><title>Field accuracy for " +
         escape_xml(document_type) + "</title>" + scale + body + "</svg>";
}

}  // namespace kycx::eval
