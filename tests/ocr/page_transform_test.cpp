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

#include "ocr/preprocessor.hpp"

namespace kycx::ocr {
namespace {

TEST(TurnedHalfTest, TurnsACopyAndLeavesTheOriginalAlone) {
  cv::Mat img(4, 6, CV_8UC1, cv::Scalar(255));
  img.at<unsigned char>(0, 0) = 0;
  PreparedPage page{.upright = img, .upright_transform = PageTransform(6, 4), .for_ocr = img,
                    .ocr_transform = PageTransform(6, 4)};
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

}  // namespace
}  // namespace kycx::ocr
