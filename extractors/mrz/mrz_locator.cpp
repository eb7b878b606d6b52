#include "extractors/mrz/mrz_locator.hpp"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

namespace kycx::extractors::mrz {

namespace {

// One text line as a bar: centre, length and thickness in image pixels, angle
// of its long axis in degrees, in (-90, 90].
struct Bar {
  cv::Point2d c;
  double len = 0;
  double th = 0;
  double angle = 0;

  cv::Point2d dir() const {
    const double a = angle * CV_PI / 180.0;
    return {std::cos(a), std::sin(a)};
  }
  cv::Point2d normal() const {  // points down the page for a level line
    const cv::Point2d d = dir();
    return {-d.y, d.x};
  }
};

double angle_diff(double a, double b) {
  double d = std::fmod(std::abs(a - b), 180.0);
  return std::min(d, 180.0 - d);
}

double dot(cv::Point2d a, cv::Point2d b) {
  return a.x * b.x + a.y * b.y;
}

// A share of the 99.5th percentile of a black-hat image, with a floor.
double ink_threshold(const cv::Mat& bh, const MrzLocatorOptions& options) {
  int hist[256] = {};
  for (int y = 0; y < bh.rows; ++y) {
    const uchar* row = bh.ptr<uchar>(y);
    for (int x = 0; x < bh.cols; ++x) ++hist[row[x]];
  }
  const double total = double(bh.total());
  double seen = 0;
  int level = 255;
  for (; level > 0; --level) {
    seen += hist[level];
    if (seen >= 0.005 * total) break;
  }
  return std::max(options.min_ink_level, options.ink_share * level);
}

// Text lines of `gray` as bars, found at one working size.
std::vector<Bar> line_bars(const cv::Mat& gray, int working_size, const MrzLocatorOptions& options) {
  const double s = std::min(1.0, double(working_size) / std::max(gray.cols, gray.rows));
  cv::Mat small;
  if (s < 1.0)
    cv::resize(gray, small, cv::Size(), s, s, cv::INTER_AREA);
  else
    small = gray;
  cv::Mat bh, bw;
  cv::morphologyEx(small, bh, cv::MORPH_BLACKHAT, cv::getStructuringElement(cv::MORPH_RECT, {15, 15}));
  // Ink: a fixed share of the strongest black-hat response, so faint print
  // next to dark guilloche or photos still counts (Otsu would split them).
  cv::threshold(bh, bw, ink_threshold(bh, options), 255, cv::THRESH_BINARY);
  cv::morphologyEx(bw, bw, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, {13, 1}));
  cv::morphologyEx(bw, bw, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, {5, 2}));
  std::vector<std::vector<cv::Point>> contours;
  cv::findContours(bw, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
  std::vector<Bar> bars;
  for (const auto& contour : contours) {
    const cv::Rect r = cv::boundingRect(contour);
    if (std::max(r.width, r.height) < options.min_bar_side) continue;
    cv::RotatedRect rr = cv::minAreaRect(contour);
    double w = rr.size.width, h = rr.size.height, a = rr.angle;
    if (w < h) {
      std::swap(w, h);
      a += 90;
    }
    while (a > 90) a -= 180;
    while (a <= -90) a += 180;
    if (h < options.min_bar_height || w / h < options.min_bar_aspect) continue;
    bars.push_back({cv::Point2d(rr.center.x / s, rr.center.y / s), w / s, h / s, a});
  }
  return bars;
}

// Joins pieces of one text line split at wide gaps (spaces, blur).
std::vector<Bar> merge_collinear(std::vector<Bar> bars) {
  std::sort(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) { return a.len > b.len; });
  std::vector<Bar> merged;
  for (const Bar& b : bars) {
    bool placed = false;
    for (Bar& m : merged) {
      if (angle_diff(m.angle, b.angle) > 4) continue;
      const cv::Point2d rel = b.c - m.c;
      if (std::abs(dot(rel, m.normal())) > 0.5 * std::max(m.th, b.th)) continue;
      if (std::abs(b.th / m.th - 1) > 0.6) continue;
      const double t = dot(rel, m.dir());
      const double lo = -m.len / 2, hi = m.len / 2, blo = t - b.len / 2, bhi = t + b.len / 2;
      if (std::max(blo - hi, lo - bhi) > 2.5 * m.th) continue;
      const double nlo = std::min(lo, blo), nhi = std::max(hi, bhi);
      m.c += m.dir() * ((nlo + nhi) / 2);
      m.len = nhi - nlo;
      m.th = std::max(m.th, b.th);
      placed = true;
      break;
    }
    if (!placed) merged.push_back(b);
  }
  return merged;
}

// The same line found at several working sizes: keep the longest.
std::vector<Bar> dedupe(std::vector<Bar> bars) {
  std::sort(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) { return a.len > b.len; });
  std::vector<Bar> out;
  for (const Bar& b : bars) {
    const bool dup = std::any_of(out.begin(), out.end(), [&](const Bar& m) {
      const cv::Point2d rel = b.c - m.c;
      return angle_diff(m.angle, b.angle) <= 4 && std::abs(dot(rel, m.normal())) < 0.5 * m.th &&
             std::abs(dot(rel, m.dir())) < m.len / 2;
    });
    if (!dup) out.push_back(b);
  }
  return out;
}

MrzBandCandidate band_from(const std::vector<Bar>& members, double score, const MrzLocatorOptions& options) {
  const Bar& top = members.front();
  const Bar& bottom = members.back();
  double th = 0;
  for (const Bar& m : members) th += m.th;
  th /= double(members.size());
  // Extent along the lines: the union of every line's ends, measured along the top line.
  double lo = 1e300, hi = -1e300;
  for (const Bar& m : members) {
    const double t = dot(m.c - top.c, top.dir());
    lo = std::min(lo, t - m.len / 2);
    hi = std::max(hi, t + m.len / 2);
  }
  const double bt = dot(bottom.c - top.c, top.dir());
  const double mx = options.margin_x * th, my = options.margin_y * th;
  const cv::Point2d td = top.dir(), tn = top.normal(), bd = bottom.dir(), bn = bottom.normal();
  MrzBandCandidate band;
  band.corners[0] = top.c + td * (lo - mx) - tn * (top.th / 2 + my);
  band.corners[1] = top.c + td * (hi + mx) - tn * (top.th / 2 + my);
  band.corners[2] = bottom.c + bd * (hi - bt + mx) + bn * (bottom.th / 2 + my);
  band.corners[3] = bottom.c + bd * (lo - bt - mx) + bn * (bottom.th / 2 + my);
  band.char_height = th;
  band.lines = static_cast<int>(members.size());
  band.score = score;
  return band;
}

// Stacks of 2 or 3 long, parallel, equally long bars, closely spaced.
std::vector<MrzBandCandidate> groups(const std::vector<Bar>& lines, const MrzLocatorOptions& options) {
  std::vector<MrzBandCandidate> out;
  for (const Bar& a : lines) {
    if (a.len / a.th < options.min_line_aspect) continue;
    std::vector<std::pair<double, const Bar*>> below;
    for (const Bar& b : lines) {
      if (&b == &a || angle_diff(a.angle, b.angle) > options.max_angle_difference) continue;
      const double length_ratio = b.len / a.len, height_ratio = b.th / a.th;
      if (length_ratio < options.min_length_ratio || length_ratio > options.max_length_ratio) continue;
      if (height_ratio < 1 / options.max_height_ratio || height_ratio > options.max_height_ratio) continue;
      const cv::Point2d rel = b.c - a.c;
      const double off = dot(rel, a.normal());
      if (off < options.min_line_spacing * a.th || off > options.max_line_spacing * a.th) continue;
      if (std::abs(dot(rel, a.dir())) > options.max_line_offset * a.len) continue;
      below.emplace_back(off, &b);
    }
    if (below.empty()) continue;
    std::sort(below.begin(), below.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    std::vector<Bar> members = {a, *below[0].second};
    // A third line continues the stack at about the same spacing.
    for (size_t i = 1; i < below.size(); ++i) {
      const double gap = below[i].first - below[0].first;
      const double first = below[0].first;
      if (gap > options.min_third_spacing * first && gap < options.max_third_spacing * first) {
        members.push_back(*below[i].second);
        break;
      }
    }
    double shortest = 1e300, longest = 0;
    for (const Bar& m : members) {
      shortest = std::min(shortest, m.len);
      longest = std::max(longest, m.len);
    }
    out.push_back(band_from(members, double(members.size()) + shortest / longest, options));
  }
  return out;
}

std::vector<MrzBandCandidate> search(const cv::Mat& gray, const MrzLocatorOptions& options) {
  std::vector<Bar> lines;
  for (int size : options.working_sizes) {
    auto bars = merge_collinear(line_bars(gray, size, options));
    lines.insert(lines.end(), bars.begin(), bars.end());
  }
  return groups(dedupe(std::move(lines)), options);
}

cv::Point2d centre(const MrzBandCandidate& b) {
  return (b.corners[0] + b.corners[1] + b.corners[2] + b.corners[3]) * 0.25;
}

}  // namespace

std::vector<MrzBandCandidate> locate_mrz_bands(const cv::Mat& gray, const MrzLocatorOptions& options) {
  if (gray.empty() || gray.type() != CV_8UC1) return {};
  std::vector<MrzBandCandidate> all = search(gray, options);
  if (options.vertical) {
    cv::Mat turned;
    cv::rotate(gray, turned, cv::ROTATE_90_CLOCKWISE);  // (x, y) -> (rows - y, x)
    for (MrzBandCandidate band : search(turned, options)) {
      for (auto& p : band.corners) p = {p.y, double(gray.rows) - p.x};
      all.push_back(band);
    }
  }
  std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
  std::vector<MrzBandCandidate> out;
  for (const auto& band : all) {
    const bool dup = std::any_of(out.begin(), out.end(), [&](const MrzBandCandidate& o) {
      return cv::norm(centre(o) - centre(band)) < 2 * o.char_height;
    });
    if (!dup) out.push_back(band);
    if (static_cast<int>(out.size()) >= options.max_candidates) break;
  }
  return out;
}

}  // namespace kycx::extractors::mrz
