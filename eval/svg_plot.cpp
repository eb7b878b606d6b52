#include "eval/svg_plot.hpp"

#include <algorithm>
#include <cmath>

#include "eval/markup.hpp"

namespace kycx::eval {

namespace {

// Keeps elements of out-of-range data inside the plot area.
double clamp_to(double value, double lo, double hi) {
  return std::clamp(value, std::min(lo, hi), std::max(lo, hi));
}

}  // namespace

double SvgPlot::x(double value) const {
  const double span = f_.x_max - f_.x_min;
  const double t = span > 0 ? (value - f_.x_min) / span : 0;
  return clamp_to(f_.left + t * (f_.width - f_.left - f_.right), f_.left, f_.width - f_.right);
}

double SvgPlot::y(double value) const {
  const double span = f_.y_max - f_.y_min;
  const double t = span > 0 ? (value - f_.y_min) / span : 0;
  return clamp_to(f_.height - f_.bottom - t * (f_.height - f_.top - f_.bottom), f_.top, f_.height - f_.bottom);
}

void SvgPlot::axes(const std::vector<double>& x_ticks, const TickLabel& x_label, std::string_view x_title,
                   const std::vector<double>& y_ticks, const TickLabel& y_label, std::string_view y_title) {
  for (double t : x_ticks) {
    body_ += "<line class=\"grid\" x1=\"" + coord(x(t)) + "\" y1=\"" + coord(y(f_.y_min)) + "\" x2=\"" + coord(x(t)) +
             "\" y2=\"" + coord(y(f_.y_max)) + "\"/>";
    text_px(x(t), y(f_.y_min) + 16, x_label(t), "middle", "tick");
  }
  for (double t : y_ticks) {
    body_ += "<line class=\"grid\" x1=\"" + coord(x(f_.x_min)) + "\" y1=\"" + coord(y(t)) + "\" x2=\"" +
             coord(x(f_.x_max)) + "\" y2=\"" + coord(y(t)) + "\"/>";
    text_px(x(f_.x_min) - 6, y(t) + 4, y_label(t), "end", "tick");
  }
  body_ += "<rect class=\"frame\" x=\"" + coord(f_.left) + "\" y=\"" + coord(f_.top) + "\" width=\"" +
           coord(f_.width - f_.left - f_.right) + "\" height=\"" + coord(f_.height - f_.top - f_.bottom) + "\"/>";
  text_px((x(f_.x_min) + x(f_.x_max)) / 2, f_.height - 10, x_title, "middle", "axis");
  const double cy = (y(f_.y_min) + y(f_.y_max)) / 2;
  body_ += "<text class=\"axis\" text-anchor=\"middle\" transform=\"translate(16 " + coord(cy) + ") rotate(-90)\">" +
           escape_xml(y_title) + "</text>";
}

void SvgPlot::line(double x0, double y0, double x1, double y1, std::string_view style) {
  body_ += "<line x1=\"" + coord(x(x0)) + "\" y1=\"" + coord(y(y0)) + "\" x2=\"" + coord(x(x1)) + "\" y2=\"" +
           coord(y(y1)) + "\" style=\"" + std::string(style) + "\"/>";
}

void SvgPlot::rect(double x0, double y0, double x1, double y1, std::string_view style) {
  const double px = std::min(x(x0), x(x1));
  const double py = std::min(y(y0), y(y1));
  body_ += "<rect x=\"" + coord(px) + "\" y=\"" + coord(py) + "\" width=\"" + coord(std::abs(x(x1) - x(x0))) +
           "\" height=\"" + coord(std::abs(y(y1) - y(y0))) + "\" style=\"" + std::string(style) + "\"/>";
}

void SvgPlot::circle(double cx, double cy, double radius_px, std::string_view style) {
  body_ += "<circle cx=\"" + coord(x(cx)) + "\" cy=\"" + coord(y(cy)) + "\" r=\"" + coord(radius_px) + "\" style=\"" +
           std::string(style) + "\"/>";
}

void SvgPlot::polyline(const std::vector<std::pair<double, double>>& points, std::string_view style) {
  std::string list;
  for (const auto& [px, py] : points) list += coord(x(px)) + "," + coord(y(py)) + " ";
  body_ += "<polyline fill=\"none\" points=\"" + list + "\" style=\"" + std::string(style) + "\"/>";
}

void SvgPlot::text_px(double px, double py, std::string_view text, std::string_view anchor, std::string_view style) {
  body_ += "<text x=\"" + coord(px) + "\" y=\"" + coord(py) + "\" text-anchor=\"" + std::string(anchor) + "\"" +
           (style.empty() ? "" : " class=\"" + std::string(style) + "\"") + ">" + escape_xml(text) + "</text>";
}

void SvgPlot::legend(std::string_view swatch_style, std::string_view label, bool dashed) {
  const double lx = f_.left + legend_x_;
  const double ly = 14;
  if (dashed) {
    body_ += "<line x1=\"" + coord(lx) + "\" y1=\"" + coord(ly) + "\" x2=\"" + coord(lx + 14) + "\" y2=\"" + coord(ly) +
             "\" style=\"" + std::string(swatch_style) + "\"/>";
  } else {
    body_ += "<rect x=\"" + coord(lx) + "\" y=\"" + coord(ly - 6) + "\" width=\"14\" height=\"12\" style=\"" +
             std::string(swatch_style) + "\"/>";
  }
  text_px(lx + 19, ly + 4, label, "start", "legend");
  legend_x_ += 19 + 6.5 * static_cast<double>(label.size()) + 18;
}

std::string SvgPlot::svg(std::string_view title) const {
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + coord(f_.width) + " " + coord(f_.height) +
         "\" width=\"" + coord(f_.width) + "\" height=\"" + coord(f_.height) + "\" role=\"img\"><title>" +
         escape_xml(title) + "</title>" + body_ + "</svg>";
}

}  // namespace kycx::eval
