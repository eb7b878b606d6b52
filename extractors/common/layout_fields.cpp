#include "extractors/common/layout_fields.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/median.hpp"
#include "extractors/common/text_match.hpp"
#include "extractors/common/upright_frame.hpp"

namespace kycx::extractors {

namespace {

std::vector<std::string> split_tokens(const std::string& folded) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < folded.size()) {
    const size_t end = folded.find(' ', start);
    out.push_back(folded.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

// Table rules and box edges OCR reads as characters ("|", "[", "_").
bool is_rule_mark(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    return c == '|' || c == '[' || c == ']' || c == '{' || c == '}' || c == '_' || c == '~';
  });
}

// The box of `word` on the page seen upright and levelled, in units of the
// upright page's width. The deskew is the rotation the preprocessor applied
// (PageTransform::then_rotate(-skew)): centres map exactly; the hull a tilted
// word leaves on the original page is shrunk back by the tilt.
BBox levelled(const BBox& original, const PageInfo& info) {
  const BBox b = to_upright(original, info.rotation);
  const bool quarter = ((info.rotation % 180) + 180) % 180 == 90;
  double width = info.width > 0 ? info.width : 1.0;
  double height = info.height > 0 ? info.height : 1.0;
  if (quarter) std::swap(width, height);
  const double a = -info.skew * std::numbers::pi / 180.0;
  const double cos_a = std::cos(a), sin_a = std::sin(a);
  const double dx = b.center_x() * width - width / 2, dy = b.center_y() * height - height / 2;
  const double cx = width / 2 + cos_a * dx + sin_a * dy;
  const double cy = height / 2 - sin_a * dx + cos_a * dy;
  const double hull_w = b.width() * width, hull_h = b.height() * height;
  const double s = std::abs(sin_a);
  const double w = std::max(hull_w - hull_h * s, hull_w * 0.5);
  const double h = std::max(hull_h - hull_w * s, hull_h * 0.3);
  return {(cx - w / 2) / width, (cy - h / 2) / width, (cx + w / 2) / width, (cy + h / 2) / width};
}

}  // namespace

FormLayout::FormLayout(const std::vector<ocr::Page>& pages) {
  for (size_t p = 0; p < pages.size(); ++p) {
    const ocr::PageText& text = pages[p].text;
    // Which way is up by the words' own direction: Tesseract reads a
    // sideways page whose turn the orientation check missed.
    PageInfo info = text.info;
    info.rotation = reading_rotation(text);
    const size_t first = words_.size();
    for (const ocr::Word& w : text.words) {
      if (w.text.empty() || is_rule_mark(w.text)) continue;
      LayoutWord lw;
      lw.word = &w;
      lw.page = static_cast<int>(p);
      lw.box = levelled(w.box, info);
      lw.tokens = split_tokens(fold(w.text));
      words_.push_back(std::move(lw));
    }
    drop_duplicates(first);
    // Rows: words by centre height, each joining the open row whose band
    // (mean top and bottom of its words) covers most of it: at least half
    // of the smaller height. Ascenders and descenders shift centres; they
    // do not break the overlap.
    std::vector<int> order;
    for (size_t i = first; i < words_.size(); ++i) order.push_back(static_cast<int>(i));
    std::sort(order.begin(), order.end(), [&](int a, int b) {
      return words_[static_cast<size_t>(a)].box.center_y() < words_[static_cast<size_t>(b)].box.center_y();
    });
    const size_t first_row = rows_.size();
    std::vector<std::pair<double, double>> band_sum;  // sums of y0 and y1 per row
    for (int i : order) {
      const BBox& b = words_[static_cast<size_t>(i)].box;
      int best = -1;
      double best_overlap = 0;
      for (size_t r = std::max(first_row, rows_.size() >= 4 ? rows_.size() - 4 : 0); r < rows_.size(); ++r) {
        const double n = static_cast<double>(rows_[r].words.size());
        const double y0 = band_sum[r - first_row].first / n, y1 = band_sum[r - first_row].second / n;
        const double shared = std::min(b.y1, y1) - std::max(b.y0, y0);
        const double overlap = shared / std::max(1e-9, std::min(b.height(), y1 - y0));
        if (overlap >= 0.5 && overlap > best_overlap) best = static_cast<int>(r), best_overlap = overlap;
      }
      if (best < 0) {
        rows_.push_back(LayoutRow{.page = static_cast<int>(p), .box = {}, .height = b.height(), .words = {}});
        band_sum.emplace_back(0, 0);
        best = static_cast<int>(rows_.size()) - 1;
      }
      LayoutRow& row = rows_[static_cast<size_t>(best)];
      row.words.push_back(i);
      row.box = united(row.box, b);
      band_sum[static_cast<size_t>(best) - first_row].first += b.y0;
      band_sum[static_cast<size_t>(best) - first_row].second += b.y1;
      std::vector<double> heights;
      for (int k : row.words) heights.push_back(words_[static_cast<size_t>(k)].box.height());
      row.height = median(heights);
    }
  }
  std::stable_sort(rows_.begin(), rows_.end(), [](const LayoutRow& a, const LayoutRow& b) {
    return a.page != b.page ? a.page < b.page : a.box.center_y() < b.box.center_y();
  });
  for (size_t r = 0; r < rows_.size(); ++r) {
    auto& ids = rows_[r].words;
    std::sort(ids.begin(), ids.end(), [&](int a, int b) {
      return words_[static_cast<size_t>(a)].box.x0 < words_[static_cast<size_t>(b)].box.x0;
    });
    for (int i : ids) words_[static_cast<size_t>(i)].row = static_cast<int>(r);
  }
}

void FormLayout::drop_duplicates(size_t first) {
  // OCR sometimes reads one place twice (a ghost word over a real one): of
  // two words sharing most of the smaller one's area, the less confident goes.
  // Not a word more than twice the other's size: that is one whose box OCR
  // stretched over its neighbours ("Medicare" boxed to the end of "wages
  // and tips"); it goes only if it is the smaller, weaker one's ghost.
  std::vector<bool> drop(words_.size() - first, false);
  for (size_t a = first; a < words_.size(); ++a) {
    for (size_t b = a + 1; b < words_.size(); ++b) {
      const BBox& ba = words_[a].box;
      const BBox& bb = words_[b].box;
      const double shared = intersected(ba, bb).area();
      if (shared <= 0.5 * std::min(ba.area(), bb.area())) continue;
      const bool a_weaker = words_[a].word->confidence < words_[b].word->confidence ||
                            (words_[a].word->confidence == words_[b].word->confidence &&
                             words_[a].word->text.size() < words_[b].word->text.size());
      const BBox& weaker = a_weaker ? ba : bb;
      const BBox& stronger = a_weaker ? bb : ba;
      if (weaker.area() > 2 * stronger.area()) continue;
      drop[(a_weaker ? a : b) - first] = true;
    }
  }
  size_t kept = first;
  for (size_t i = first; i < words_.size(); ++i) {
    if (drop[i - first]) continue;
    if (kept != i) words_[kept] = std::move(words_[i]);
    ++kept;
  }
  words_.resize(kept);
}

std::vector<LabelHit> FormLayout::find_label(std::span<const std::string_view> synonyms) const {
  struct Candidate {
    LabelHit hit;
    size_t tokens = 0;
  };
  std::vector<Candidate> found;
  for (std::string_view synonym : synonyms) {
    const std::vector<std::string> want = split_tokens(fold(synonym));
    if (want.empty()) continue;
    for (size_t r = 0; r < rows_.size(); ++r) {
      const LayoutRow& row = rows_[r];
      // The row's tokens, each with its word's position in the row.
      std::vector<std::pair<const std::string*, int>> tokens;
      for (size_t pos = 0; pos < row.words.size(); ++pos) {
        for (const auto& t : words_[static_cast<size_t>(row.words[pos])].tokens) tokens.emplace_back(&t, int(pos));
      }
      for (size_t t = 0; t + want.size() <= tokens.size(); ++t) {
        bool match = true;
        int edits = 0;
        for (size_t k = 0; k < want.size() && match; ++k) {
          match = fuzzy_word_equal(*tokens[t + k].first, want[k]);
          if (match) edits += edit_distance(*tokens[t + k].first, want[k], 2);
          if (match && k > 0 && tokens[t + k].second != tokens[t + k - 1].second) {
            const BBox& a = words_[static_cast<size_t>(row.words[static_cast<size_t>(tokens[t + k - 1].second)])].box;
            const BBox& b = words_[static_cast<size_t>(row.words[static_cast<size_t>(tokens[t + k].second)])].box;
            match = b.x0 - a.x1 <= 1.5 * std::max(a.height(), b.height());
          }
        }
        if (!match) continue;
        LabelHit hit{.row = static_cast<int>(r),
                     .first = tokens[t].second,
                     .last = tokens[t + want.size() - 1].second,
                     .box = {},
                     .edits = edits};
        for (int pos = hit.first; pos <= hit.last; ++pos) {
          hit.box = united(hit.box, words_[static_cast<size_t>(row.words[static_cast<size_t>(pos)])].box);
        }
        found.push_back({hit, want.size()});
      }
    }
  }
  // Longer labels first; of equal length the one printed exactly.
  std::stable_sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
    return a.tokens != b.tokens ? a.tokens > b.tokens : a.hit.edits < b.hit.edits;
  });
  std::vector<LabelHit> out;
  for (const Candidate& c : found) {
    const bool overlaps = std::any_of(out.begin(), out.end(), [&](const LabelHit& h) {
      return h.row == c.hit.row && h.first <= c.hit.last && c.hit.first <= h.last;
    });
    if (!overlaps) out.push_back(c.hit);
  }
  std::sort(out.begin(), out.end(),
            [](const LabelHit& a, const LabelHit& b) { return a.row != b.row ? a.row < b.row : a.first < b.first; });
  return out;
}

LayoutSpan FormLayout::right_of(const LabelHit& label, const RightOfOptions& options) const {
  const LayoutRow& row = rows_[static_cast<size_t>(label.row)];
  LayoutSpan out;
  double last_x1 = label.box.x1;
  for (size_t pos = static_cast<size_t>(label.last) + 1; pos < row.words.size(); ++pos) {
    const BBox& b = words_[static_cast<size_t>(row.words[pos])].box;
    if (out.empty() && b.center_x() < label.box.x1) continue;  // inside the label: OCR noise
    const double gap = b.x0 - last_x1;
    const double limit = out.empty() ? options.max_lead : options.max_gap * std::max(row.height, b.height());
    if (gap > limit || static_cast<int>(out.size()) >= options.max_words) break;
    out.push_back(row.words[pos]);
    last_x1 = std::max(last_x1, b.x1);
  }
  return out;
}

std::vector<LayoutSpan> FormLayout::below(const LabelHit& label, const BelowOptions& options) const {
  const double x0 = options.x1 > options.x0 ? options.x0 : label.box.x0;
  const double x1 = options.x1 > options.x0 ? options.x1 : label.box.x1;
  const int page = rows_[static_cast<size_t>(label.row)].page;
  std::vector<LayoutSpan> out;
  for (size_t r = static_cast<size_t>(label.row) + 1; r < rows_.size(); ++r) {
    const LayoutRow& row = rows_[r];
    if (row.page != page || static_cast<int>(out.size()) >= options.max_rows) break;
    if (row.box.center_y() <= label.box.y1) continue;
    LayoutSpan cells;
    for (int i : row.words) {
      const BBox& b = words_[static_cast<size_t>(i)].box;
      if (b.center_x() >= x0 && b.center_x() <= x1 && b.center_y() > label.box.y1) cells.push_back(i);
    }
    if (cells.empty()) continue;
    if (out.empty() &&
        words_[static_cast<size_t>(cells.front())].box.y0 - label.box.y1 > options.max_drop * label.box.height()) {
      break;
    }
    out.push_back(std::move(cells));
  }
  return out;
}

LayoutSpan FormLayout::in_column(int row, double x0, double x1) const {
  LayoutSpan out;
  for (int i : rows_[static_cast<size_t>(row)].words) {
    const BBox& b = words_[static_cast<size_t>(i)].box;
    if (b.x1 >= x0 && b.x0 <= x1) out.push_back(i);
  }
  return out;
}

double FormLayout::next_phrase_x(const LabelHit& label, double fallback) const {
  const LayoutRow& row = rows_[static_cast<size_t>(label.row)];
  double last_x1 = label.box.x1;
  for (size_t pos = static_cast<size_t>(label.last) + 1; pos < row.words.size(); ++pos) {
    const BBox& b = words_[static_cast<size_t>(row.words[pos])].box;
    if (b.x0 - last_x1 > std::max(row.height, b.height())) return b.x0;
    last_x1 = std::max(last_x1, b.x1);
  }
  return fallback;
}

std::string FormLayout::text(const LayoutSpan& span) const {
  std::string out;
  for (int i : span) {
    if (!out.empty()) out.push_back(' ');
    out += words_[static_cast<size_t>(i)].word->text;
  }
  return out;
}

BBox FormLayout::box(const LayoutSpan& span) const {
  BBox out;
  for (int i : span) out = united(out, words_[static_cast<size_t>(i)].box);
  return out;
}

std::vector<const ocr::Word*> FormLayout::ocr_words(const LayoutSpan& span) const {
  std::vector<const ocr::Word*> out;
  out.reserve(span.size());
  for (int i : span) out.push_back(words_[static_cast<size_t>(i)].word);
  return out;
}

}  // namespace kycx::extractors
