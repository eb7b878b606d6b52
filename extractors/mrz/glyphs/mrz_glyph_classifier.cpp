#include "extractors/mrz/glyphs/mrz_glyph_classifier.hpp"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

namespace kycx::extractors::mrz {

namespace {

constexpr double kBlurSigmas[] = {0.0, 1.3};  // px at template scale

// Subtracts the mean and scales to unit norm; false for a flat patch.
bool normalise(float* v, int n) {
  double sum = 0;
  for (int i = 0; i < n; ++i) sum += v[i];
  const float mean = static_cast<float>(sum / n);
  double sq = 0;
  for (int i = 0; i < n; ++i) {
    v[i] -= mean;
    sq += double(v[i]) * v[i];
  }
  if (sq < 1e-6 * n) return false;
  const float inv = static_cast<float>(1.0 / std::sqrt(sq));
  for (int i = 0; i < n; ++i) v[i] *= inv;
  return true;
}

// Eight partial sums so the compiler can vectorise without reassociating.
float dot(const float* a, const float* b) {
  float acc[8] = {};
  int i = 0;
  for (; i + 8 <= kOcrbCellWidth * kOcrbCellHeight; i += 8) {
    for (int k = 0; k < 8; ++k) acc[k] += a[i + k] * b[i + k];
  }
  float sum = 0;
  for (; i < kOcrbCellWidth * kOcrbCellHeight; ++i) sum += a[i] * b[i];
  for (float v : acc) sum += v;
  return sum;
}

}  // namespace

const MrzGlyphClassifier& MrzGlyphClassifier::instance() {
  static const MrzGlyphClassifier classifier;
  return classifier;
}

MrzGlyphClassifier::MrzGlyphClassifier() {
  const int glyphs = static_cast<int>(kMrzAlphabet.size());
  for (double sigma : kBlurSigmas) {
    for (int g = 0; g < glyphs; ++g) {
      cv::Mat cell(kOcrbCellHeight, kOcrbCellWidth, CV_32F);
      for (int y = 0; y < kOcrbCellHeight; ++y) {
        for (int x = 0; x < kOcrbCellWidth; ++x) cell.at<float>(y, x) = static_cast<float>(ocrb_glyph_pixel(g, x, y));
      }
      if (sigma > 0) cv::GaussianBlur(cell, cell, cv::Size(), sigma, sigma, cv::BORDER_REPLICATE);
      const float* p = cell.ptr<float>();
      const size_t at = templates_.size();
      templates_.insert(templates_.end(), p, p + kPixels);
      normalise(templates_.data() + at, kPixels);
    }
    ++banks_;
  }
}

GlyphScores MrzGlyphClassifier::score(const cv::Mat& window) const {
  GlyphScores best;
  best.fill(0.0f);
  cv::Mat w;
  window.convertTo(w, CV_32F);
  constexpr int kShiftsX = 2 * kShiftX + 1, kShiftsY = 2 * kShiftY + 1, kShifts = kShiftsX * kShiftsY;
  std::vector<float> patches(size_t(kShifts) * kPixels);
  std::vector<char> usable(size_t(kShifts), 0);
  for (int dy = 0; dy < kShiftsY; ++dy) {
    for (int dx = 0; dx < kShiftsX; ++dx) {
      const int s = dy * kShiftsX + dx;
      float* out = patches.data() + size_t(s) * kPixels;
      for (int y = 0; y < kOcrbCellHeight; ++y) {
        const float* row = w.ptr<float>(y + dy) + dx;
        std::copy(row, row + kOcrbCellWidth, out + static_cast<std::ptrdiff_t>(y) * kOcrbCellWidth);
      }
      usable[size_t(s)] = normalise(out, kPixels);
    }
  }
  const int glyphs = static_cast<int>(kMrzAlphabet.size());
  for (int b = 0; b < banks_; ++b) {
    for (int g = 0; g < glyphs; ++g) {
      const float* t = templates_.data() + size_t(b * glyphs + g) * kPixels;
      for (int s = 0; s < kShifts; ++s) {
        if (!usable[size_t(s)]) continue;
        const float* p = patches.data() + size_t(s) * kPixels;
        best[size_t(g)] = std::max(best[size_t(g)], dot(t, p));
      }
    }
  }
  return best;
}

}  // namespace kycx::extractors::mrz
