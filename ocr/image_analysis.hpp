// Measurements of a grey page image that steer preprocessing: skew angle,
// typical text height, noise level. Pure functions; thread-safe.
#pragma once

#include <optional>

#include <opencv2/core.hpp>

namespace kycx::ocr {

// Text lines' tilt in degrees, counter-clockwise positive as seen on screen,
// within [-max_degrees, max_degrees]; 0 when no direction is clearly better.
// REQUIRES: gray.type() == CV_8UC1.
double estimate_skew_degrees(const cv::Mat& gray, double max_degrees);

// Median height in pixels of character-sized dark blobs; nullopt when the
// image holds too few of them to tell.
std::optional<double> estimate_text_height(const cv::Mat& gray);

// Standard deviation of pixel noise (grey levels), from a central crop.
double estimate_noise_sigma(const cv::Mat& gray);

// Dark-on-light binary (0 text, 255 background) of a downscaled copy whose
// longer side is at most `max_side` pixels; `scale` receives the factor used.
cv::Mat downscaled_binary(const cv::Mat& gray, int max_side, double& scale);

}  // namespace kycx::ocr
