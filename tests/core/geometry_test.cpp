#include "core/geometry.hpp"

#include <gtest/gtest.h>

namespace kycx {
namespace {

TEST(GeometryTest, UnitedTreatsEmptyAsIdentity) {
  const BBox a{0.1, 0.2, 0.3, 0.4};
  EXPECT_EQ(united(BBox{}, a), a);
  EXPECT_EQ(united(a, BBox{}), a);
  EXPECT_EQ(united(a, BBox{0.5, 0.1, 0.6, 0.2}), (BBox{0.1, 0.1, 0.6, 0.4}));
}

TEST(GeometryTest, IouOfDisjointIsZeroAndOfSelfIsOne) {
  const BBox a{0, 0, 0.5, 0.5};
  EXPECT_DOUBLE_EQ(iou(a, a), 1.0);
  EXPECT_DOUBLE_EQ(iou(a, BBox{0.6, 0.6, 0.9, 0.9}), 0.0);
  EXPECT_NEAR(iou(a, BBox{0.25, 0, 0.75, 0.5}), 1.0 / 3.0, 1e-12);
}

TEST(GeometryTest, VerticalOverlapIsShareOfFirstHeight) {
  EXPECT_DOUBLE_EQ(vertical_overlap(BBox{0, 0.1, 1, 0.2}, BBox{0, 0.15, 1, 0.3}), 0.5);
  EXPECT_DOUBLE_EQ(vertical_overlap(BBox{0, 0.1, 1, 0.2}, BBox{0, 0.3, 1, 0.4}), 0.0);
}

TEST(GeometryTest, ClampAndRound) {
  EXPECT_EQ(clamped_unit(BBox{-0.1, 0.5, 1.2, 0.7}), (BBox{0, 0.5, 1, 0.7}));
  EXPECT_EQ(rounded(BBox{0.123456, 0.5, 0.99999, 0.1}), (BBox{0.1235, 0.5, 1.0, 0.1}));
}

}  // namespace
}  // namespace kycx
