#include "extractors/mrz/glyphs/mrz_glyph_decoder.hpp"

#include <algorithm>

#include "extractors/mrz/mrz_confusions.hpp"

namespace kycx::extractors::mrz {

namespace {

constexpr float kInk = 0.4f;  // a cell scoring above this holds a glyph

float best_score(const MrzGlyphCell& cell) {
  return *std::max_element(cell.scores.begin(), cell.scores.end());
}

// The offset of the `n` cells of `line` that hold the text: most glyph
// evidence inside, least left outside. Its value is the window's net score.
std::pair<int, double> best_window(const MrzGlyphLine& line, int n) {
  const int size = static_cast<int>(line.cells.size());
  std::pair<int, double> best{-1, -1e300};
  for (int o = 0; o + n <= size; ++o) {
    double v = 0;
    for (int i = 0; i < size; ++i) {
      const float s = best_score(line.cells[size_t(i)]);
      v += (i >= o && i < o + n) ? s : -std::max(0.0f, s - kInk);
    }
    if (v > best.second) best = {o, v};
  }
  return best;
}

char best_char(const MrzGlyphCell& cell) {
  return kMrzAlphabet[size_t(std::max_element(cell.scores.begin(), cell.scores.end()) - cell.scores.begin())];
}

enum class ContextKind { kDigits, kLetters, kMixed };

// What the nearest non-filler characters on each side within the same data
// element are (as first read): both digits, both letters, or anything else.
ContextKind neighbour_kind(const MrzGlyphLine& line, int offset, const MrzLayout& layout, int l, int p) {
  int start = 0, end = layout.line_length;
  for (const MrzElementDef& e : layout.elements) {
    if (e.span.line == l && p >= e.span.start && p < e.span.start + e.span.length) {
      start = e.span.start;
      end = e.span.start + e.span.length;
    }
  }
  // 1 digit, 2 letter, 0 filler or too close to its look-alike to say.
  auto kind_at = [&](int q) -> int {
    const MrzGlyphCell& cell = line.cells[size_t(offset + q)];
    const char c = best_char(cell);
    const float top = *std::max_element(cell.scores.begin(), cell.scores.end());
    for (char alt : alnum_alternatives(c)) {
      const size_t g = kMrzAlphabet.find(alt);
      if (g != std::string_view::npos && cell.scores[g] > top - 0.05f) return 0;
    }
    return c >= '0' && c <= '9' ? 1 : (c >= 'A' && c <= 'Z' ? 2 : 0);
  };
  int left = 0, right = 0;
  for (int q = p - 1; q >= start && !left; --q) left = kind_at(q);
  for (int q = p + 1; q < end && !right; ++q) right = kind_at(q);
  if ((left == 1 && right != 2) || (right == 1 && left != 2)) return ContextKind::kDigits;
  if ((left == 2 && right != 1) || (right == 2 && left != 1)) return ContextKind::kLetters;
  return ContextKind::kMixed;
}

}  // namespace

std::optional<MrzGlyphText> decode_mrz_glyphs(std::span<const MrzGlyphLine> lines,
                                              const MrzGlyphDecodeOptions& options) {
  struct Choice {
    MrzFormat format;
    int first;
    std::vector<int> offsets;
    double score;
  };
  std::optional<Choice> best;
  for (MrzFormat format : {MrzFormat::kTd1, MrzFormat::kTd2, MrzFormat::kTd3}) {
    const MrzLayout& layout = mrz_layout(format);
    for (int first = 0; first + layout.line_count <= static_cast<int>(lines.size()); ++first) {
      Choice c{format, first, {}, 0.0};
      bool ok = true;
      for (int l = 0; l < layout.line_count && ok; ++l) {
        const auto [offset, value] = best_window(lines[size_t(first + l)], layout.line_length);
        ok = offset >= 0;
        c.offsets.push_back(offset);
        c.score += value;
      }
      if (!ok) continue;
      c.score /= layout.line_count * layout.line_length;
      if (!best || c.score > best->score) best = std::move(c);
    }
  }
  if (!best || best->score < options.min_mean_score) return std::nullopt;

  const MrzLayout& layout = mrz_layout(best->format);
  MrzGlyphText out;
  out.format = best->format;
  double total = 0;
  for (int l = 0; l < layout.line_count; ++l) {
    const MrzGlyphLine& line = lines[size_t(best->first + l)];
    std::string text;
    std::vector<std::string> alts, close;
    std::vector<float> conf;
    std::vector<cv::Rect2d> boxes;
    for (int p = 0; p < layout.line_length; ++p) {
      const MrzGlyphCell& cell = line.cells[size_t(best->offsets[size_t(l)] + p)];
      const MrzCharClass cls = layout.class_at(l, p);
      // Allowed characters ranked by score; in alphanumeric data the kind of
      // the neighbours breaks near-ties (a round glyph between digits is 0, not O).
      const ContextKind context = cls == MrzCharClass::kAlnum
                                      ? neighbour_kind(line, best->offsets[size_t(l)], layout, l, p)
                                      : ContextKind::kMixed;
      std::vector<std::pair<float, char>> ranked;
      for (size_t g = 0; g < kMrzAlphabet.size(); ++g) {
        const char c = kMrzAlphabet[g];
        if (!fits_class(c, cls)) continue;
        const bool digit = c >= '0' && c <= '9', letter = c >= 'A' && c <= 'Z';
        const bool favoured =
            (context == ContextKind::kDigits && digit) || (context == ContextKind::kLetters && letter);
        ranked.emplace_back(cell.scores[g] + (favoured ? options.context_bias : 0.0f), c);
      }
      std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
      const float top = ranked[0].first;
      const float second = ranked.size() > 1 ? ranked[1].first : -1.0f;
      std::string near;
      // Close runners-up, and the classic look-alike (O/0, B/8, ...) within a
      // wider margin: blur makes OCR-B's pairs look alike.
      const std::string_view lookalikes = cls == MrzCharClass::kAlnum ? alnum_alternatives(ranked[0].second) : "";
      for (size_t i = 1; i < ranked.size() && static_cast<int>(near.size()) < options.max_alternatives; ++i) {
        const bool lookalike = lookalikes.find(ranked[i].second) != std::string_view::npos;
        const float margin = lookalike ? options.lookalike_margin : options.alternative_margin;
        if (ranked[i].first >= top - margin) near += ranked[i].second;
      }
      // Raw (unbiased) correlation close to the chosen glyph's.
      const float chosen_raw = cell.scores[kMrzAlphabet.find(ranked[0].second)];
      std::string tied;
      for (size_t g = 0; g < kMrzAlphabet.size(); ++g) {
        const char c = kMrzAlphabet[g];
        if (c != ranked[0].second && fits_class(c, cls) && cell.scores[g] >= chosen_raw - options.close_margin)
          tied += c;
      }
      text += ranked[0].second;
      alts.push_back(std::move(near));
      close.push_back(std::move(tied));
      // Sure when the glyph matches well and clearly beats the runner-up.
      const float fit = std::clamp((top - 0.3f) / 0.55f, 0.0f, 1.0f);
      const float margin = std::clamp((top - second) / 0.08f, 0.25f, 1.0f);
      conf.push_back(fit * margin);
      boxes.push_back(cell.box);
      total += top;
    }
    out.lines.push_back(std::move(text));
    out.candidates.repair.push_back(std::move(alts));
    out.candidates.close.push_back(std::move(close));
    out.confidence.push_back(std::move(conf));
    out.boxes.push_back(std::move(boxes));
  }
  out.mean_score = total / (layout.line_count * layout.line_length);
  return out;
}

}  // namespace kycx::extractors::mrz
