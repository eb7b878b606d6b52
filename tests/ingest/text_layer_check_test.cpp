#include "ingest/text_layer_check.hpp"

#include <cmath>
#include <limits>
#include <vector>

#include <gtest/gtest.h>
#include <opencv2/core.hpp>

namespace kycx::ingest {
namespace {

constexpr double kWidth = 612, kHeight = 792;  // US Letter, points

std::vector<LayerWord> a_line_of_text() {
  return {{"Opening", 72, 90, 120, 102}, {"balance", 124, 90, 170, 102}, {"1,234.56", 174, 90, 220, 102}};
}

// A 10 DPI preview with writing-sized ink (3 x 3 pixel dots) all over the page.
cv::Mat inked_preview() {
  cv::Mat preview(110, 85, CV_8UC1, cv::Scalar(255));
  for (int y = 0; y + 3 <= preview.rows; y += 6) {
    for (int x = 0; x + 3 <= preview.cols; x += 6) preview(cv::Rect(x, y, 3, 3)).setTo(0);
  }
  return preview;
}

bool all_boxes_finite(const ocr::PageText& text) {
  for (const auto& w : text.words) {
    for (const double v : w.box.as_array()) {
      if (!std::isfinite(v)) return false;
    }
  }
  return true;
}

TEST(TextLayerCheckTest, KeepsVisibleWordsWithBoxesNormalisedToThePage) {
  const ocr::PageText text = text_layer_page(0, a_line_of_text(), kWidth, kHeight, inked_preview());
  ASSERT_EQ(text.words.size(), 3u);
  EXPECT_EQ(text.hidden_words, 0);
  EXPECT_EQ(text.line_text(0), "Opening balance 1,234.56");
  EXPECT_NEAR(text.words[0].box.x0, 72 / kWidth, 1e-9);
  EXPECT_NEAR(text.words[0].box.y1, 102 / kHeight, 1e-9);
}

// Found by tests/fuzz/fuzz_text_layer.cpp: a word placed at NaN or infinity
// was kept (its box NaN, or clamped onto the page edge) when the page had no
// preview, and with a preview its position went through an int conversion
// that overflows (undefined behaviour).
TEST(TextLayerCheckTest, WordWithoutAFinitePositionIsHidden) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  for (const cv::Mat& preview : {cv::Mat(), inked_preview()}) {
    std::vector<LayerWord> words = a_line_of_text();
    words.push_back({"nowhere", nan, 300, nan, 312});
    words.push_back({"beyond", inf, 330, inf, 342});
    words.push_back({"askew", 72, -inf, 100, 360});
    const ocr::PageText text = text_layer_page(0, words, kWidth, kHeight, preview);
    EXPECT_EQ(text.words.size(), 3u) << (preview.empty() ? "without" : "with") << " a preview";
    EXPECT_EQ(text.hidden_words, 3);
    EXPECT_TRUE(all_boxes_finite(text));
  }
}

TEST(TextLayerCheckTest, ZeroWidthWordFarOffThePageIsHidden) {
  std::vector<LayerWord> words = a_line_of_text();
  words.push_back({"far", 1e12, 300, 1e12, 312});
  words.push_back({"before", -1e15, 330, -1e15, 342});
  const ocr::PageText text = text_layer_page(0, words, kWidth, kHeight, inked_preview());
  EXPECT_EQ(text.words.size(), 3u);
  EXPECT_EQ(text.hidden_words, 2);
}

TEST(TextLayerCheckTest, InkOutsideEveryWordMeansAPartialTextLayer) {
  const ocr::PageText text = text_layer_page(0, a_line_of_text(), kWidth, kHeight, cv::Mat());
  EXPECT_FALSE(judge_coverage(text, inked_preview()).usable);
}

// A box reaching past the page (any PageText, not only a text layer's) is
// cut to the page, not converted to pixels beyond int.
TEST(TextLayerCheckTest, CoverageCutsWordBoxesToThePage) {
  ocr::PageText text = text_layer_page(0, a_line_of_text(), kWidth, kHeight, cv::Mat());
  ASSERT_FALSE(text.words.empty());
  text.words[0].box = {-1e300, -1e300, 1e300, 1e300};
  text.words[1].box = {std::numeric_limits<double>::quiet_NaN(), 0, 1, 1};
  const TextLayerVerdict verdict = judge_coverage(text, inked_preview());
  EXPECT_TRUE(verdict.usable) << verdict.reason;  // the first box explains all the ink
}

}  // namespace
}  // namespace kycx::ingest
