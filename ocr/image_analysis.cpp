#include "ocr/image_analysis.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <numbers>
#include <vector>

#include <leptonica/allheaders.h>
#include <opencv2/imgproc.hpp>

namespace kycx::ocr {

namespace {

constexpr size_t kMaxSkewPoints = 30000;
constexpr int kMinBlobs = 15;

// Sum of squared row counts of the points projected at `degrees`: high when
// the projection lines up with text lines.
double projection_score(const std::vector<cv::Point>& points, double degrees, int rows) {
  const double a = degrees * std::numbers::pi / 180.0;
  const double s = std::sin(a), c = std::cos(a);
  const int margin = rows;  // projections can go negative or past the bottom
  std::vector<int> hist(static_cast<size_t>(rows * 3), 0);
  for (const auto& p : points) {
    const int y = static_cast<int>(std::lround(p.y * c + p.x * s)) + margin;
    if (y >= 0 && y < static_cast<int>(hist.size())) ++hist[static_cast<size_t>(y)];
  }
  double score = 0;
  for (int h : hist) score += double(h) * h;
  return score;
}

}  // namespace

cv::Mat downscaled_ink(const cv::Mat& gray, int max_side, double& scale) {
  const int side = std::max(gray.cols, gray.rows);
  scale = side > max_side ? double(max_side) / side : 1.0;
  cv::Mat small = gray;
  if (scale < 1.0) {
    // Whole-factor area averaging has a fast path (10x cheaper than a
    // fractional one); what is left is a mild shrink that blends neighbours.
    const int whole = static_cast<int>(1.0 / scale);
    cv::Mat averaged = gray;
    if (whole >= 2) {
      cv::resize(gray, averaged, cv::Size(gray.cols / whole, gray.rows / whole), 0, 0, cv::INTER_AREA);
    }
    const cv::Size target(static_cast<int>(std::lround(gray.cols * scale)),
                          static_cast<int>(std::lround(gray.rows * scale)));
    cv::resize(averaged, small, target, 0, 0, whole >= 2 ? cv::INTER_LINEAR : cv::INTER_AREA);
  }
  cv::Mat ink;
  cv::threshold(small, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
  return ink;
}

double estimate_skew_degrees_of_ink(const cv::Mat& ink, double max_degrees) {
  std::vector<cv::Point> points;
  cv::findNonZero(ink, points);
  if (points.size() < 200) return 0.0;
  // Ink covering most of the image is a photo or a dark background, not text.
  if (points.size() > static_cast<size_t>(double(ink.total()) * 0.5)) return 0.0;
  if (points.size() > kMaxSkewPoints) {
    const size_t step = points.size() / kMaxSkewPoints + 1;
    std::vector<cv::Point> sampled;
    sampled.reserve(points.size() / step + 1);
    for (size_t i = 0; i < points.size(); i += step) sampled.push_back(points[i]);
    points.swap(sampled);
  }
  const int rows = ink.rows;
  double best = 0, best_score = projection_score(points, 0, rows);
  const double level_score = best_score;
  for (double d = -max_degrees; d <= max_degrees + 1e-9; d += 0.5) {
    const double s = projection_score(points, d, rows);
    if (s > best_score) best_score = s, best = d;
  }
  const double coarse = best;
  for (double d = coarse - 0.5; d <= coarse + 0.5 + 1e-9; d += 0.05) {
    const double s = projection_score(points, d, rows);
    if (s > best_score) best_score = s, best = d;
  }
  // A tiny gain over level is noise; leave such pages alone.
  if (best_score < level_score * 1.02 || std::abs(best) < 0.1) return 0.0;
  return std::clamp(best, -max_degrees, max_degrees);
}

double estimate_skew_degrees(const cv::Mat& gray, double max_degrees) {
  double scale = 1;
  return estimate_skew_degrees_of_ink(downscaled_ink(gray, kAnalysisSide, scale), max_degrees);
}

std::optional<double> median_blob_height(const cv::Mat& ink) {
  cv::Mat labels, stats, centroids;
  const int n = cv::connectedComponentsWithStats(ink, labels, stats, centroids, 8, CV_32S);
  std::vector<int> heights;
  for (int i = 1; i < n; ++i) {
    const int w = stats.at<int>(i, cv::CC_STAT_WIDTH);
    const int h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
    if (h < 3 || h > ink.rows / 10 || w > ink.cols / 8) continue;
    const double aspect = double(w) / h;
    if (aspect < 0.1 || aspect > 4.0) continue;
    heights.push_back(h);
  }
  if (static_cast<int>(heights.size()) < kMinBlobs) return std::nullopt;
  std::nth_element(heights.begin(), heights.begin() + static_cast<ptrdiff_t>(heights.size() / 2), heights.end());
  return heights[heights.size() / 2];
}

std::optional<double> estimate_text_height(const cv::Mat& gray) {
  double scale = 1;
  const auto h = median_blob_height(downscaled_ink(gray, kAnalysisSide, scale));
  if (!h) return std::nullopt;
  return *h / scale;
}

namespace {

constexpr double kUpDownBlobHeight = 20.0;  // px, blob height at which the test separates best (measured)

struct PixDeleter {
  void operator()(PIX* p) const { pixDestroy(&p); }
};

// 1-bpp Leptonica image (1 = ink) of a mask.
std::unique_ptr<PIX, PixDeleter> to_pix1(const cv::Mat& ink) {
  std::unique_ptr<PIX, PixDeleter> pix(pixCreate(ink.cols, ink.rows, 1));
  l_uint32* data = pixGetData(pix.get());
  const l_int32 wpl = pixGetWpl(pix.get());
  for (int y = 0; y < ink.rows; ++y) {
    const auto* row = ink.ptr<unsigned char>(y);
    l_uint32* line = data + static_cast<ptrdiff_t>(y) * wpl;
    for (int x = 0; x < ink.cols; ++x) {
      if (row[x]) SET_DATA_BIT(line, x);
    }
  }
  return pix;
}

}  // namespace

double upright_evidence(const cv::Mat& ink, double blob_height) {
  if (blob_height <= 0) return 0.0;
  cv::Mat sized = ink;
  const double f = std::clamp(kUpDownBlobHeight / blob_height, 0.25, 2.0);
  if (std::abs(f - 1.0) > 0.15) {
    cv::resize(ink, sized, cv::Size(), f, f, f < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    cv::threshold(sized, sized, 127, 255, cv::THRESH_BINARY);
  }
  auto pix = to_pix1(sized);
  l_float32 confidence = 0;
  if (pixUpDownDetect(pix.get(), &confidence, 0, 0, 0) != 0) return 0.0;
  return confidence;
}

namespace {
// Coefficient of variation of the ink profile along one axis (0: rows, 1: columns).
double profile_spikiness(const cv::Mat& ink, int axis) {
  cv::Mat profile;
  cv::reduce(ink, profile, axis == 0 ? 1 : 0, cv::REDUCE_SUM, CV_64F);
  cv::Scalar mean, stddev;
  cv::meanStdDev(profile, mean, stddev);
  return mean[0] > 0 ? stddev[0] / mean[0] : 0.0;
}
}  // namespace

bool text_runs_vertically(const cv::Mat& ink) {
  return profile_spikiness(ink, 1) > profile_spikiness(ink, 0) * 1.15;
}

double estimate_noise_sigma(const cv::Mat& gray) {
  // Immerkaer's fast noise estimate on a central crop.
  const int side = std::min({gray.cols, gray.rows, 600});
  if (side < 8) return 0.0;
  const cv::Rect crop((gray.cols - side) / 2, (gray.rows - side) / 2, side, side);
  cv::Mat region;
  gray(crop).convertTo(region, CV_32F);
  const cv::Matx33f kernel(1, -2, 1, -2, 4, -2, 1, -2, 1);
  cv::Mat response;
  cv::filter2D(region, response, CV_32F, kernel);
  const double sum = cv::sum(cv::abs(response(cv::Rect(1, 1, side - 2, side - 2))))[0];
  return sum * std::sqrt(std::numbers::pi / 2.0) / (6.0 * (side - 2) * (side - 2));
}

cv::Rect ink_bounds(const cv::Mat& ink, int min_ink) {
  if (ink.empty()) return {};
  cv::Mat cols, rows;
  cv::reduce(ink, cols, 0, cv::REDUCE_SUM, CV_32S);  // 1 x width: 255 per ink pixel
  cv::reduce(ink, rows, 1, cv::REDUCE_SUM, CV_32S);  // height x 1
  const int threshold = 255 * min_ink;
  auto span = [&](const cv::Mat& sums, int n) -> std::pair<int, int> {
    int first = -1, last = -1;
    for (int i = 0; i < n; ++i) {
      if (sums.at<int>(i) >= threshold) {
        if (first < 0) first = i;
        last = i;
      }
    }
    return {first, last};
  };
  const auto [x0, x1] = span(cols, ink.cols);
  const auto [y0, y1] = span(rows, ink.rows);
  if (x0 < 0 || y0 < 0) return {};
  return {x0, y0, x1 - x0 + 1, y1 - y0 + 1};
}

}  // namespace kycx::ocr
