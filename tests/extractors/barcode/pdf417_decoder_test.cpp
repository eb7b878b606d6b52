#include "extractors/barcode/pdf417_decoder.hpp"

#include <fstream>
#include <string>

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/json.hpp"
#include "tests/extractors/barcode/barcode_fixture.hpp"

namespace kycx::extractors::barcode {
namespace {

using testing::BarcodeFixture;

cv::Mat padded(const cv::Mat& m, int border) {
  cv::Mat out;
  cv::copyMakeBorder(m, out, border, border, border, border, cv::BORDER_CONSTANT, cv::Scalar(255));
  return out;
}

TEST(Pdf417DecoderTest, DecodesACleanSymbolByteForByte) {
  const BarcodeFixture f = testing::load_barcode_fixture();
  if (f.symbol.empty() || f.payload.empty()) GTEST_SKIP() << "tests/data/barcode fixtures not found";
  const auto symbols = decode_pdf417(padded(f.symbol, 20));
  ASSERT_EQ(symbols.size(), 1u);
  EXPECT_EQ(symbols[0].payload, f.payload);
  EXPECT_EQ(symbols[0].attempt, 0);
  // Corners lie on the symbol: inside the padded image, spanning most of its width.
  EXPECT_GT(symbols[0].corners[1].x - symbols[0].corners[0].x, 0.8 * f.symbol.cols);
}

TEST(Pdf417DecoderTest, DecodesAQuarterTurnedSymbol) {
  const BarcodeFixture f = testing::load_barcode_fixture();
  if (f.symbol.empty()) GTEST_SKIP() << "fixture not found";
  cv::Mat turned;
  cv::rotate(padded(f.symbol, 20), turned, cv::ROTATE_90_CLOCKWISE);
  const auto symbols = decode_pdf417(turned);
  ASSERT_EQ(symbols.size(), 1u);
  EXPECT_EQ(symbols[0].payload, f.payload);
}

TEST(Pdf417DecoderTest, VariantsRescueABlurredLowResolutionSymbol) {
  const BarcodeFixture f = testing::load_barcode_fixture();
  if (f.symbol.empty()) GTEST_SKIP() << "fixture not found";
  // 1.5 px per module, blurred, washed out: a low-resolution scan of a card.
  cv::Mat small, blurred;
  cv::resize(padded(f.symbol, 20), small, cv::Size(), 0.75, 0.75, cv::INTER_AREA);
  cv::GaussianBlur(small, blurred, cv::Size(0, 0), 0.5);
  blurred.convertTo(blurred, -1, 0.5, 90);
  EXPECT_TRUE(decode_pdf417(blurred, {.try_variants = false}).empty());
  const auto symbols = decode_pdf417(blurred);
  ASSERT_EQ(symbols.size(), 1u);
  EXPECT_EQ(symbols[0].payload, f.payload);
  EXPECT_GT(symbols[0].attempt, 0);
}

TEST(Pdf417DecoderTest, FindsNothingInAnImageWithoutASymbol) {
  cv::Mat noise(600, 800, CV_8UC1);
  cv::randu(noise, 0, 255);
  EXPECT_TRUE(decode_pdf417(noise).empty());
  EXPECT_TRUE(decode_pdf417(cv::Mat(400, 400, CV_8UC1, cv::Scalar(255))).empty());
  EXPECT_TRUE(decode_pdf417(cv::Mat(0, 0, CV_8UC1)).empty());
  EXPECT_TRUE(decode_pdf417(cv::Mat(1, 1, CV_8UC1, cv::Scalar(0))).empty());
}

}  // namespace
}  // namespace kycx::extractors::barcode
