#include "ocr/page_transform.hpp"

#include <gtest/gtest.h>

namespace kycx::ocr {
namespace {

void expect_box_near(const BBox& a, const BBox& b) {
  EXPECT_NEAR(a.x0, b.x0, 1e-9);
  EXPECT_NEAR(a.y0, b.y0, 1e-9);
  EXPECT_NEAR(a.x1, b.x1, 1e-9);
  EXPECT_NEAR(a.y1, b.y1, 1e-9);
}

TEST(PageTransformTest, IdentityNormalises) {
  PageTransform t(200, 100);
  expect_box_near(t.to_original(20, 10, 40, 30), BBox{0.1, 0.1, 0.2, 0.3});
}

TEST(PageTransformTest, QuarterTurnClockwiseMapsBack) {
  // A 200x100 original turned clockwise is 100x200; the original's top-left
  // corner region ends up at the top-right.
  PageTransform t(200, 100);
  t.then_rotate90(1);
  EXPECT_EQ(t.processed_size(), cv::Size(100, 200));
  expect_box_near(t.to_original(90, 0, 100, 20), BBox{0.0, 0.0, 0.1, 0.1});
}

TEST(PageTransformTest, HalfAndThreeQuarterTurns) {
  PageTransform half(200, 100);
  half.then_rotate90(2);
  expect_box_near(half.to_original(180, 90, 200, 100), BBox{0.0, 0.0, 0.1, 0.1});
  PageTransform three(200, 100);
  three.then_rotate90(3);
  EXPECT_EQ(three.processed_size(), cv::Size(100, 200));
  expect_box_near(three.to_original(0, 180, 10, 200), BBox{0.0, 0.0, 0.1, 0.1});
}

TEST(PageTransformTest, ScaleAfterRotation) {
  PageTransform t(200, 100);
  t.then_rotate90(1);
  t.then_scale(2.0);
  EXPECT_EQ(t.processed_size(), cv::Size(200, 400));
  expect_box_near(t.to_original(180, 0, 200, 40), BBox{0.0, 0.0, 0.1, 0.1});
}

TEST(PageTransformTest, SmallRotationRoundTripsCentre) {
  PageTransform t(400, 300);
  t.then_rotate(3.0, cv::Size(420, 320));
  const cv::Point2d centre = t.point_to_original({210, 160});
  EXPECT_NEAR(centre.x, 200, 1e-6);
  EXPECT_NEAR(centre.y, 150, 1e-6);
}

}  // namespace
}  // namespace kycx::ocr

#include <opencv2/imgproc.hpp>

#include "ocr/preprocessor.hpp"

namespace kycx::ocr {
namespace {

TEST(TurnedHalfTest, TurnsACopyAndLeavesTheOriginalAlone) {
  cv::Mat img(4, 6, CV_8UC1, cv::Scalar(255));
  img.at<unsigned char>(0, 0) = 0;
  PreparedPage page{
      .upright = img, .upright_transform = PageTransform(6, 4), .for_ocr = img, .ocr_transform = PageTransform(6, 4)};
  const PreparedPage* prepared = &page;
  const PreparedPage turned = turned_half(*prepared);
  EXPECT_EQ(prepared->for_ocr.at<unsigned char>(0, 0), 0);
  EXPECT_EQ(turned.for_ocr.at<unsigned char>(3, 5), 0);
  EXPECT_EQ(turned.for_ocr.at<unsigned char>(0, 0), 255);
  EXPECT_EQ(turned.rotation, 180);
  // The turned image's bottom-right pixel is the original's top-left.
  const BBox b = turned.ocr_transform.to_original(5, 3, 6, 4);
  EXPECT_NEAR(b.x0, 0.0, 1e-9);
  EXPECT_NEAR(b.y0, 0.0, 1e-9);
}

}  // namespace
}  // namespace kycx::ocr

namespace kycx::ocr {
namespace {

TEST(PreprocessorTest, TinyImagesArePreparedWithoutThrowing) {
  for (const cv::Size size : {cv::Size(1, 1), cv::Size(6, 4), cv::Size(40, 3), cv::Size(63, 63)}) {
    cv::Mat img(size, CV_8UC1, cv::Scalar(255));
    img.at<unsigned char>(0, 0) = 0;
    auto prepared = Preprocessor().prepare(img, 0, nullptr);
    ASSERT_TRUE(prepared) << size;
    EXPECT_FALSE(prepared->for_ocr.empty());
  }
}

TEST(PreprocessorTest, TiltedPageIsLevelledAndCutToItsContentAndTheTransformFindsTheInk) {
  // Rows of character-sized blobs and one solid square in the middle of a
  // wide white sheet, tilted by 2 degrees.
  cv::Mat sheet(1600, 1200, CV_8UC1, cv::Scalar(255));
  for (int row = 0; row < 15; ++row) {
    for (int x = 320; x + 18 <= 880; x += 28) {
      cv::rectangle(sheet, cv::Rect(x, 420 + 50 * row, 18, 28), cv::Scalar(0), cv::FILLED);
    }
  }
  const cv::Rect square(560, 1180, 60, 60);
  cv::rectangle(sheet, square, cv::Scalar(0), cv::FILLED);
  const cv::Mat tilt = cv::getRotationMatrix2D(cv::Point2f(600, 800), 2.0, 1.0);
  cv::Mat tilted;
  cv::warpAffine(sheet, tilted, tilt, sheet.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(255));

  auto prepared = Preprocessor().prepare(tilted, 300, nullptr);
  ASSERT_TRUE(prepared);
  EXPECT_NEAR(prepared->skew, 2.0, 0.3);
  // Only the content (and a margin) is kept: well under the sheet.
  EXPECT_LT(prepared->upright.total(), sheet.total() / 2);
  EXPECT_EQ(prepared->upright.size(), prepared->upright_transform.processed_size());
  // The square's centre, in the tilted page, is dark where the transform puts it.
  const cv::Point2d centre(square.x + square.width / 2.0, square.y + square.height / 2.0);
  const cv::Point2d in_tilted(
      tilt.at<double>(0, 0) * centre.x + tilt.at<double>(0, 1) * centre.y + tilt.at<double>(0, 2),
      tilt.at<double>(1, 0) * centre.x + tilt.at<double>(1, 1) * centre.y + tilt.at<double>(1, 2));
  const cv::Vec3d p = prepared->upright_transform.forward() * cv::Vec3d(in_tilted.x, in_tilted.y, 1.0);
  const cv::Point at(static_cast<int>(p[0] / p[2]), static_cast<int>(p[1] / p[2]));
  ASSERT_TRUE(cv::Rect(cv::Point(0, 0), prepared->upright.size()).contains(at));
  EXPECT_LT(prepared->upright.at<unsigned char>(at), 64);
  // And the kept part maps back onto the content of the page.
  const BBox kept = prepared->upright_transform.to_original(0, 0, prepared->upright.cols, prepared->upright.rows);
  EXPECT_LT(kept.x0, 320.0 / 1200);
  EXPECT_GT(kept.x1, 880.0 / 1200);
  EXPECT_GT(kept.x0, 0.05);
  EXPECT_LT(kept.x1, 0.95);
}

}  // namespace
}  // namespace kycx::ocr
