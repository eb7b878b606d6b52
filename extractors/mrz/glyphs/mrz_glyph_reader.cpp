#include "extractors/mrz/glyphs/mrz_glyph_reader.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <opencv2/imgproc.hpp>

#include "core/median.hpp"

namespace kycx::extractors::mrz {

namespace {

constexpr double kAdvanceEm = 0.723;  // OCR-B character advance
constexpr double kCapEm = 0.74;       // mean height of capitals and digits
constexpr double kCentreEm = 0.37;    // height of a glyph's centre above the baseline

struct Blob {
  double cx, top, bottom, width, height;
};

// Ink blobs of the band (dark on light), after flattening the background.
std::vector<Blob> blobs_of(const cv::Mat& band) {
  cv::Mat bg, flat, bw, labels, stats, centroids;
  const int k = std::max(15, band.rows / 3) | 1;
  cv::morphologyEx(band, bg, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, {k, k}));
  cv::divide(band, bg, flat, 255.0);
  cv::threshold(flat, bw, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
  const int n = cv::connectedComponentsWithStats(bw, labels, stats, centroids, 8, CV_32S);
  std::vector<Blob> out;
  for (int i = 1; i < n; ++i) {
    const int x = stats.at<int>(i, cv::CC_STAT_LEFT), y = stats.at<int>(i, cv::CC_STAT_TOP);
    const int w = stats.at<int>(i, cv::CC_STAT_WIDTH), h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
    if (stats.at<int>(i, cv::CC_STAT_AREA) < 6 || h < 4) continue;
    out.push_back({x + w / 2.0, double(y), double(y + h), double(w), double(h)});
  }
  return out;
}

// Groups blobs of about the text height into lines by their vertical centres.
std::vector<std::vector<Blob>> text_lines(std::vector<Blob> blobs, const MrzGlyphReaderOptions& o) {
  std::vector<double> heights;
  heights.reserve(blobs.size());
  for (const Blob& b : blobs) heights.push_back(b.height);
  const double h0 = median(heights);
  std::erase_if(blobs, [&](const Blob& b) {
    return b.height < o.min_blob_height * h0 || b.height > o.max_blob_height * h0 || b.width > o.max_blob_width * h0;
  });
  // Tall blobs set the text height; chevrons and noise are smaller.
  heights.clear();
  for (const Blob& b : blobs) heights.push_back(b.height);
  std::sort(heights.begin(), heights.end());
  const double h = heights.empty() ? 0 : heights[heights.size() * 3 / 4];
  std::erase_if(blobs,
                [&](const Blob& b) { return b.height < o.min_glyph_height * h || b.height > o.max_glyph_height * h; });
  std::sort(blobs.begin(), blobs.end(),
            [](const Blob& a, const Blob& b) { return a.top + a.bottom < b.top + b.bottom; });
  std::vector<std::vector<Blob>> lines;
  for (const Blob& b : blobs) {
    const double cy = (b.top + b.bottom) / 2;
    if (!lines.empty()) {
      std::vector<double> centres;
      for (const Blob& o : lines.back()) centres.push_back((o.top + o.bottom) / 2);
      if (std::abs(cy - median(centres)) <= o.line_tolerance * h) {
        lines.back().push_back(b);
        continue;
      }
    }
    lines.push_back({b});
  }
  std::erase_if(lines, [&](const auto& l) { return static_cast<int>(l.size()) < o.min_glyphs; });
  for (auto& l : lines) std::sort(l.begin(), l.end(), [](const Blob& a, const Blob& b) { return a.cx < b.cx; });
  return lines;
}

// Least-squares fit of y = a + b x.
std::pair<double, double> fit_line(const std::vector<double>& x, const std::vector<double>& y) {
  const double n = double(x.size());
  const double sx = std::accumulate(x.begin(), x.end(), 0.0), sy = std::accumulate(y.begin(), y.end(), 0.0);
  double sxx = 0, sxy = 0;
  for (size_t i = 0; i < x.size(); ++i) {
    sxx += x[i] * x[i];
    sxy += x[i] * y[i];
  }
  const double den = n * sxx - sx * sx;
  if (std::abs(den) < 1e-9) return {sy / n, 0.0};
  const double b = (n * sxy - sx * sy) / den;
  return {(sy - b * sx) / n, b};
}

// Solves the 3x3 system a x = b (Cramer's rule); false when singular.
bool solve3(const double a[3][3], const double b[3], double x[3]) {
  auto det = [](const double m[3][3]) {
    return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) +
           m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
  };
  const double d = det(a);
  if (std::abs(d) < 1e-12) return false;
  for (int c = 0; c < 3; ++c) {
    double m[3][3];
    for (int r = 0; r < 3; ++r) {
      for (int j = 0; j < 3; ++j) m[r][j] = j == c ? b[r] : a[r][j];
    }
    x[c] = det(m) / d;
  }
  return true;
}

// The character grid of one line. Cell k is centred at x(k) = (a + b k) / (1 + c k):
// a one-dimensional homography, so a perspective the band's rectification
// left over (the pitch shrinking along the line) is followed exactly.
struct Grid {
  double a = 0, b = 0, c = 0;
  int kmin = 0, kmax = 0;
  double mid_a = 0, mid_b = 0;  // glyph centres at y = mid_a + mid_b * x

  // Baseline below cell k: glyph centres sit 0.37 em above it.
  double baseline(double k) const { return mid_a + mid_b * x(k) + kCentreEm * pitch(k) / kAdvanceEm; }

  double x(double k) const { return (a + b * k) / (1 + c * k); }
  double pitch(double k) const { return x(k + 0.5) - x(k - 0.5); }
};

// Least squares of x (1 + c k) = a + b k over (k, x) pairs.
bool fit_projective(const std::vector<double>& k, const std::vector<double>& x, Grid& g) {
  double ata[3][3] = {}, atb[3] = {};
  for (size_t i = 0; i < k.size(); ++i) {
    const double row[3] = {1.0, k[i], -k[i] * x[i]};
    for (int r = 0; r < 3; ++r) {
      atb[r] += row[r] * x[i];
      for (int j = 0; j < 3; ++j) ata[r][j] += row[r] * row[j];
    }
  }
  double sol[3];
  if (k.size() < 6 || !solve3(ata, atb, sol)) return false;
  g.a = sol[0];
  g.b = sol[1];
  g.c = sol[2];
  return true;
}

Grid fit_grid(const std::vector<Blob>& line, const MrzGlyphReaderOptions& o) {
  std::vector<double> heights;
  heights.reserve(line.size());
  for (const Blob& b : line) heights.push_back(b.height);
  std::sort(heights.begin(), heights.end());
  const double h = heights[heights.size() * 3 / 4];
  Grid g;
  // Baseline from the line through the glyphs' vertical centres: capitals,
  // digits and chevrons are all centred about 0.37 em above the baseline,
  // whereas a chevron's bottom sits higher than a letter's.
  std::vector<double> xs, ys;
  for (const Blob& b : line) {
    if (b.height >= 0.6 * h) {
      xs.push_back(b.cx);
      ys.push_back((b.top + b.bottom) / 2);
    }
  }
  std::tie(g.mid_a, g.mid_b) = fit_line(xs, ys);

  // Pitch: a first guess from the text height, refined by the typical gap
  // between neighbouring glyphs.
  double pitch = h / kCapEm * kAdvanceEm;
  std::vector<double> gaps;
  for (size_t i = 1; i < line.size(); ++i) {
    const double d = line[i].cx - line[i - 1].cx;
    if (d > o.min_gap * pitch && d < o.max_gap * pitch) gaps.push_back(d);
  }
  if (gaps.size() >= 5) pitch = median(gaps);
  std::vector<const Blob*> single;
  for (const Blob& b : line) {
    if (b.width < o.max_single_width * pitch) single.push_back(&b);
  }
  g.a = line.front().cx;
  g.b = pitch;
  if (single.size() >= 3) {
    // Cell numbers from the gaps between neighbours, with the pitch tracked
    // locally, so neither a pitch error nor perspective accumulates.
    std::vector<double> k = {0}, x = {single.front()->cx};
    double local = pitch;
    for (size_t i = 1; i < single.size(); ++i) {
      const double d = single[i]->cx - single[i - 1]->cx;
      const double step = std::round(d / local);
      if (step < 1) continue;  // a glyph broken in two
      if (step == 1) local = 0.8 * local + 0.2 * d;
      k.push_back(k.back() + step);
      x.push_back(single[i]->cx);
    }
    Grid fitted = g;
    const auto plausible = [&](double p) { return p > o.min_fitted_pitch * pitch && p < o.max_fitted_pitch * pitch; };
    if (fit_projective(k, x, fitted) && plausible(fitted.pitch(0)) && plausible(fitted.pitch(k.back()))) {
      g = fitted;
    } else {
      const auto [a, b] = fit_line(k, x);
      g.a = a;
      g.b = b;
      g.c = 0;
    }
  }
  // First and last cell holding a blob (x(k) is monotonic over the line).
  auto cell_of = [&](double cx) {
    double lo = -20, hi = 80;
    for (int i = 0; i < 40; ++i) {
      const double mid = (lo + hi) / 2;
      (g.x(mid) < cx ? lo : hi) = mid;
    }
    return static_cast<int>(std::lround(lo));
  };
  g.kmin = cell_of(line.front().cx);
  g.kmax = cell_of(line.back().cx);
  return g;
}

}  // namespace

std::vector<MrzGlyphLine> read_mrz_glyphs(const cv::Mat& band, const MrzGlyphReaderOptions& options) {
  std::vector<MrzGlyphLine> out;
  if (band.empty() || band.type() != CV_8UC1) return out;
  const MrzGlyphClassifier& classifier = MrzGlyphClassifier::instance();
  for (const auto& line : text_lines(blobs_of(band), options)) {
    const Grid g = fit_grid(line, options);
    if (g.kmax <= g.kmin || g.kmax - g.kmin > 60) continue;
    MrzGlyphLine result;
    result.pitch = g.pitch((g.kmin + g.kmax) / 2.0);
    if (result.pitch <= 0) continue;
    for (int k = g.kmin - options.extra_cells; k <= g.kmax + options.extra_cells; ++k) {
      const double cx = g.x(k);
      const double pitch = g.pitch(k);
      const double s = kOcrbCellWidth / pitch;
      const double em = pitch / kAdvanceEm;
      const double base = g.baseline(k);
      const cv::Matx23d m(s, 0, -s * cx + MrzGlyphClassifier::kWindowWidth / 2.0, 0, s,
                          -s * base + kOcrbBaseline + MrzGlyphClassifier::kShiftY);
      cv::Mat window;
      cv::warpAffine(band, window, m, {MrzGlyphClassifier::kWindowWidth, MrzGlyphClassifier::kWindowHeight},
                     cv::INTER_LINEAR, cv::BORDER_REPLICATE);
      MrzGlyphCell cell;
      cell.box = {cx - pitch / 2, base - 0.78 * em, pitch, 0.78 * em};
      cell.scores = classifier.score(window);
      result.cells.push_back(cell);
    }
    out.push_back(std::move(result));
  }
  return out;
}

}  // namespace kycx::extractors::mrz
