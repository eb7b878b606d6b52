// A hand-written SVG canvas with one rectangular plot area and linear axes,
// for the charts of the HTML report (no scripts, no external assets).
// Not synchronised.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace kycx::eval {

struct PlotFrame {
  double width = 520;   // px, whole canvas
  double height = 380;  // px
  double left = 60;     // px margins around the plot area
  double right = 20;
  double top = 36;
  double bottom = 50;
  double x_min = 0, x_max = 1;  // data range shown
  double y_min = 0, y_max = 1;
};

class SvgPlot {
 public:
  explicit SvgPlot(const PlotFrame& frame) : f_(frame) {}

  // Data to canvas coordinates (y grows downwards on the canvas).
  double x(double value) const;
  double y(double value) const;
  const PlotFrame& frame() const { return f_; }

  using TickLabel = std::function<std::string(double)>;
  // Grid lines, tick labels (each axis its own format) and axis titles.
  void axes(const std::vector<double>& x_ticks, const TickLabel& x_label, std::string_view x_title,
            const std::vector<double>& y_ticks, const TickLabel& y_label, std::string_view y_title);
  void line(double x0, double y0, double x1, double y1, std::string_view style);
  // A rectangle between two data points, any corner order.
  void rect(double x0, double y0, double x1, double y1, std::string_view style);
  void circle(double cx, double cy, double radius_px, std::string_view style);
  void polyline(const std::vector<std::pair<double, double>>& points, std::string_view style);
  // Text at a canvas position; `anchor` is start, middle or end.
  void text_px(double px, double py, std::string_view text, std::string_view anchor, std::string_view style = "");
  // A legend entry in the top margin: a swatch and its label.
  void legend(std::string_view swatch_style, std::string_view label, bool dashed = false);

  // The finished <svg> element; `title` is read out by screen readers.
  std::string svg(std::string_view title) const;

 private:
  PlotFrame f_;
  std::string body_;
  double legend_x_ = 0;
};

}  // namespace kycx::eval
