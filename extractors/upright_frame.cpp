#include "extractors/upright_frame.hpp"

namespace kycx::extractors {

namespace {

int quarter_turns(int rotation) { return ((rotation % 360 + 360) % 360) / 90 * ((rotation % 90) == 0 ? 1 : 0); }

}  // namespace

BBox to_upright(const BBox& b, int rotation) {
  switch (quarter_turns(rotation)) {
    case 1: return {1 - b.y1, b.x0, 1 - b.y0, b.x1};  // (x, y) -> (1 - y, x)
    case 2: return {1 - b.x1, 1 - b.y1, 1 - b.x0, 1 - b.y0};
    case 3: return {b.y0, 1 - b.x1, b.y1, 1 - b.x0};  // (x, y) -> (y, 1 - x)
    default: return b;
  }
}

BBox from_upright(const BBox& box, int rotation) { return to_upright(box, 360 - quarter_turns(rotation) * 90); }

}  // namespace kycx::extractors
