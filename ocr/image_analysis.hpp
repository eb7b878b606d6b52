// Measurements of a page image that steer preprocessing: skew angle, typical
// text height, noise level, text direction. Pure functions; thread-safe.
// Most work on an "ink mask": a small binary copy, 255 where the page is dark.
#pragma once

#include <optional>

#include <opencv2/core.hpp>

namespace kycx::ocr {

// Longer side, in pixels, of the downscaled copy every page measurement
// (skew, text height, orientation mask) is taken on.
inline constexpr int kAnalysisSide = 1400;

// Ink mask of a copy whose longer side is at most `max_side` pixels;
// `scale` receives the factor used (<= 1).
// REQUIRES: gray.type() == CV_8UC1.
cv::Mat downscaled_ink(const cv::Mat& gray, int max_side, double& scale);

// Text lines' tilt in degrees, counter-clockwise positive as seen on screen,
// within [-max_degrees, max_degrees]; 0 when no direction is clearly better.
double estimate_skew_degrees_of_ink(const cv::Mat& ink, double max_degrees);
double estimate_skew_degrees(const cv::Mat& gray, double max_degrees);

// Median height in pixels of character-sized blobs; nullopt when there are
// too few of them to tell.
std::optional<double> median_blob_height(const cv::Mat& ink);
std::optional<double> estimate_text_height(const cv::Mat& gray);

// Whether the mask's text lines run vertically (a page turned by 90 or 270
// degrees): rows of a text page alternate between ink and gaps, columns much
// less so.
bool text_runs_vertically(const cv::Mat& ink);

// Evidence that horizontal Latin text in the mask is upright (positive) or
// upside down (negative), from the asymmetry of ascenders and descenders
// (Leptonica's up/down confidence; beyond +-8 Leptonica calls it decided,
// near 0 there is too little mixed-case text to tell).
// `blob_height` is the median blob height in the mask's pixels.
double upright_evidence(const cv::Mat& ink, double blob_height);

// Standard deviation of pixel noise (grey levels), from a central crop.
double estimate_noise_sigma(const cv::Mat& gray);

// The rectangle holding the ink of an ink mask (255 = ink), ignoring specks:
// a row or column counts when it holds at least `min_ink` ink pixels.
// Empty when there is no such ink.
cv::Rect ink_bounds(const cv::Mat& ink, int min_ink = 3);

}  // namespace kycx::ocr
