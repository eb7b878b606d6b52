#include "extractors/common/upright_frame.hpp"

#include <cmath>

namespace kycx::extractors {

namespace {

constexpr int kMinVotes = 2;  // words in lines of several words: one such line is evidence

int quarter_turns(int rotation) {
  return ((rotation % 360 + 360) % 360) / 90 * ((rotation % 90) == 0 ? 1 : 0);
}

}  // namespace

BBox to_upright(const BBox& b, int rotation) {
  switch (quarter_turns(rotation)) {
    case 1: return {1 - b.y1, b.x0, 1 - b.y0, b.x1};  // (x, y) -> (1 - y, x)
    case 2: return {1 - b.x1, 1 - b.y1, 1 - b.x0, 1 - b.y0};
    case 3: return {b.y0, 1 - b.x1, b.y1, 1 - b.x0};  // (x, y) -> (y, 1 - x)
    default: return b;
  }
}

BBox from_upright(const BBox& box, int rotation) {
  return to_upright(box, 360 - quarter_turns(rotation) * 90);
}

int reading_rotation(const ocr::PageText& text) {
  // Votes of lines of several words: the direction from the first word to the last.
  int votes[4] = {};  // by quarter turns: 0 +x, 1 -y, 2 -x, 3 +y
  int total = 0;
  for (const ocr::Line& line : text.lines) {
    if (line.word_count < 2) continue;
    const BBox& a = text.words[size_t(line.first_word)].box;
    const BBox& b = text.words[size_t(line.first_word + line.word_count - 1)].box;
    const double dx = b.center_x() - a.center_x(), dy = b.center_y() - a.center_y();
    const int turn = std::abs(dx) >= std::abs(dy) ? (dx >= 0 ? 0 : 2) : (dy < 0 ? 1 : 3);
    votes[turn] += line.word_count;
    total += line.word_count;
  }
  int best = 0;
  for (int t = 1; t < 4; ++t) {
    if (votes[t] > votes[best]) best = t;
  }
  if (total >= kMinVotes && votes[best] * 10 >= total * 6) return best * 90;
  return quarter_turns(text.info.rotation) * 90;
}

}  // namespace kycx::extractors
