#include "ocr/image_analysis.hpp"

#include <random>

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include "tests/ocr/ocr_fixture.hpp"

namespace kycx::ocr {
namespace {

cv::Mat tilted(const cv::Mat& img, double degrees) {
  const cv::Mat m = cv::getRotationMatrix2D(cv::Point2f(img.cols / 2.0f, img.rows / 2.0f), degrees, 1.0);
  cv::Mat out;
  cv::warpAffine(img, out, m, img.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(255));
  return out;
}

TEST(ImageAnalysisTest, EstimatesSkewInBothDirections) {
  const auto page = kycx::testing::render_known_page();
  EXPECT_NEAR(estimate_skew_degrees(page.image, 6), 0.0, 0.15);
  for (double d : {-4.0, -1.2, 0.7, 3.0}) {
    EXPECT_NEAR(estimate_skew_degrees(tilted(page.image, d), 6), d, 0.25) << d;
  }
}

TEST(ImageAnalysisTest, BlankAndPhotoLikeImagesHaveNoSkew) {
  cv::Mat blank(800, 600, CV_8UC1, cv::Scalar(255));
  EXPECT_EQ(estimate_skew_degrees(blank, 6), 0.0);
  cv::Mat noise(800, 600, CV_8UC1);
  cv::randu(noise, 0, 255);
  EXPECT_LT(std::abs(estimate_skew_degrees(noise, 6)), 6.01);
}

TEST(ImageAnalysisTest, TextHeightScalesWithResolution) {
  const auto page = kycx::testing::render_known_page();
  const auto full = estimate_text_height(page.image);
  ASSERT_TRUE(full);
  // 12 pt Helvetica at 300 DPI: letters are roughly 25-40 px tall.
  EXPECT_GT(*full, 20);
  EXPECT_LT(*full, 45);
  cv::Mat half;
  cv::resize(page.image, half, cv::Size(), 0.5, 0.5, cv::INTER_AREA);
  const auto h = estimate_text_height(half);
  ASSERT_TRUE(h);
  EXPECT_NEAR(*h, *full / 2, *full * 0.2);
  EXPECT_FALSE(estimate_text_height(cv::Mat(500, 500, CV_8UC1, cv::Scalar(255))));
}

TEST(ImageAnalysisTest, NoiseEstimateRisesWithNoise) {
  cv::Mat flat(600, 600, CV_8UC1, cv::Scalar(200));
  cv::Mat noisy = flat.clone();
  cv::Mat n(600, 600, CV_8SC1);
  cv::randn(n, 0, 20);
  noisy.convertTo(noisy, CV_16S);
  n.convertTo(n, CV_16S);
  noisy += n;
  noisy.convertTo(noisy, CV_8U);
  EXPECT_LT(estimate_noise_sigma(flat), 1.0);
  EXPECT_GT(estimate_noise_sigma(noisy), 12.0);
}

TEST(ImageAnalysisTest, InkBoundsHoldTheInkAndIgnoreSpecks) {
  cv::Mat ink(400, 300, CV_8UC1, cv::Scalar(0));
  ink(cv::Rect(100, 150, 60, 40)).setTo(255);  // the content
  ink.at<unsigned char>(5, 5) = 255;           // specks far away
  ink.at<unsigned char>(390, 290) = 255;
  EXPECT_EQ(ink_bounds(ink), cv::Rect(100, 150, 60, 40));
  EXPECT_TRUE(ink_bounds(cv::Mat(50, 50, CV_8UC1, cv::Scalar(0))).empty());
}

}  // namespace
}  // namespace kycx::ocr
