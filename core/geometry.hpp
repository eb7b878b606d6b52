// Axis-aligned boxes. Unless a name says otherwise a BBox is normalised:
// fractions of the page's width and height, origin top-left (contract section 2).
#pragma once

#include <algorithm>
#include <array>

namespace kycx {

struct BBox {
  double x0 = 0;
  double y0 = 0;
  double x1 = 0;
  double y1 = 0;

  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
  double area() const { return std::max(0.0, width()) * std::max(0.0, height()); }
  double center_x() const { return (x0 + x1) / 2; }
  double center_y() const { return (y0 + y1) / 2; }
  bool empty() const { return width() <= 0 || height() <= 0; }
  std::array<double, 4> as_array() const { return {x0, y0, x1, y1}; }

  bool operator==(const BBox&) const = default;
};

// Smallest box holding both; an empty box is the identity.
BBox united(const BBox& a, const BBox& b);
BBox intersected(const BBox& a, const BBox& b);
double iou(const BBox& a, const BBox& b);
// Fraction of a's height shared with b's vertical extent, in [0, 1].
double vertical_overlap(const BBox& a, const BBox& b);
// Clamps every coordinate into [0, 1].
BBox clamped_unit(const BBox& b);
// Rounds to 4 decimals, enough for 0.1 mm on an A4 page, for stable JSON.
BBox rounded(const BBox& b);

}  // namespace kycx
