#include "core/geometry.hpp"

#include <cmath>

namespace kycx {

BBox united(const BBox& a, const BBox& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

BBox intersected(const BBox& a, const BBox& b) {
  BBox r{std::max(a.x0, b.x0), std::max(a.y0, b.y0), std::min(a.x1, b.x1), std::min(a.y1, b.y1)};
  if (r.empty()) return {};
  return r;
}

double iou(const BBox& a, const BBox& b) {
  const double inter = intersected(a, b).area();
  const double uni = a.area() + b.area() - inter;
  return uni > 0 ? inter / uni : 0.0;
}

double vertical_overlap(const BBox& a, const BBox& b) {
  const double h = a.height();
  if (h <= 0) return 0.0;
  const double shared = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
  return std::clamp(shared / h, 0.0, 1.0);
}

BBox clamped_unit(const BBox& b) {
  auto c = [](double v) { return std::clamp(v, 0.0, 1.0); };
  return {c(b.x0), c(b.y0), c(b.x1), c(b.y1)};
}

BBox rounded(const BBox& b) {
  auto r = [](double v) { return std::round(v * 10000.0) / 10000.0; };
  return {r(b.x0), r(b.y0), r(b.x1), r(b.y1)};
}

}  // namespace kycx
