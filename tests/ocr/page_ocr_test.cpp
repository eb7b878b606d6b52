// OCR through the real Tesseract engine: the words' boxes, reported in the
// ORIGINAL page's coordinates, must land on the words whatever turn or tilt
// the page had.
#include "ocr/page_ocr.hpp"

#include <map>
#include <stdexcept>
#include <vector>

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include "core/time_util.hpp"
#include "ocr/tesseract_engine.hpp"
#include "tests/ocr/ocr_fixture.hpp"

namespace kycx::ocr {
namespace {

using kycx::testing::KnownPage;

class PageOcrTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    page_ = new KnownPage(kycx::testing::render_known_page());
    auto engine = TesseractEngine::create();
    auto osd = TesseractOrientationDetector::create();
    if (engine && osd) {
      engine_ = engine->release();
      osd_ = osd->release();
    }
  }
  static void TearDownTestSuite() {
    delete page_;
    delete engine_;
    delete osd_;
  }
  void SetUp() override {
    if (!engine_ || !osd_) GTEST_SKIP() << "Tesseract eng/osd data not installed (run scripts/setup)";
  }

  // Fraction of truth words (4+ characters, unique on the page) found by OCR
  // with the same text and a box overlapping the expected one (IoU >= 0.5).
  static double matched_share(const PageText& ocr, int turned_degrees, double min_iou) {
    std::map<std::string, int> counts;
    for (const auto& w : page_->truth.words) ++counts[w.text];
    int candidates = 0, matched = 0;
    for (const auto& truth : page_->truth.words) {
      if (truth.text.size() < 4 || counts[truth.text] != 1) continue;
      ++candidates;
      const BBox expected = kycx::testing::turn_box_clockwise(truth.box, turned_degrees);
      for (const auto& w : ocr.words) {
        if (w.text == truth.text && iou(w.box, expected) >= min_iou) {
          ++matched;
          break;
        }
      }
    }
    return candidates ? double(matched) / candidates : 0.0;
  }

  static PageText read(const cv::Mat& image) {
    Preprocessor pre;
    auto prepared = pre.prepare(image, 300, osd_);
    EXPECT_TRUE(prepared);
    PageInfo info;
    info.width = image.cols;
    info.height = image.rows;
    auto reading = recognize_upright(*engine_, *prepared, info, {});
    EXPECT_TRUE(reading) << (reading ? "" : reading.error().message);
    return reading ? reading->text : PageText{};
  }

  static KnownPage* page_;
  static OcrEngine* engine_;
  static OrientationDetector* osd_;
};

KnownPage* PageOcrTest::page_ = nullptr;
OcrEngine* PageOcrTest::engine_ = nullptr;
OrientationDetector* PageOcrTest::osd_ = nullptr;

TEST_F(PageOcrTest, UprightPageBoxesLandOnTheWords) {
  const PageText text = read(page_->image);
  EXPECT_EQ(text.info.rotation, 0);
  EXPECT_GE(matched_share(text, 0, 0.5), 0.9);
  EXPECT_GT(text.mean_confidence(), 0.8);
  EXPECT_GE(text.lines.size(), 10u);
}

TEST_F(PageOcrTest, ReadingIsCountedAsTesseractCpuTime) {
  const TesseractCpu before = tesseract_cpu_seconds();
  const double thread_before = kycx::thread_cpu_seconds();
  (void)read(page_->image);
  const double thread_spent = kycx::thread_cpu_seconds() - thread_before;
  const double counted = tesseract_cpu_seconds().work - before.work;
  // Recognition is most of a page's time, and never more than the thread spent.
  EXPECT_GT(counted, 0.5 * thread_spent);
  EXPECT_LE(counted, thread_spent + 1e-3);
  EXPECT_EQ(tesseract_cpu_seconds().loading, before.loading);
}

class TurnedPageOcrTest : public PageOcrTest, public ::testing::WithParamInterface<int> {};

TEST_P(TurnedPageOcrTest, TurnedPageIsReadUprightAndBoxesMapToTheTurnedOriginal) {
  const int degrees = GetParam();
  const PageText text = read(kycx::testing::turn_clockwise(page_->image, degrees));
  // Undoing a clockwise turn of d degrees takes a clockwise turn of 360 - d.
  EXPECT_EQ(text.info.rotation, (360 - degrees) % 360);
  EXPECT_GE(matched_share(text, degrees, 0.5), 0.9);
}

INSTANTIATE_TEST_SUITE_P(Turns, TurnedPageOcrTest, ::testing::Values(90, 180, 270));

TEST_F(PageOcrTest, TiltedPageIsDeskewedAndBoxesStayOnTheWords) {
  const cv::Mat& img = page_->image;
  const double degrees = 2.5;  // counter-clockwise on screen
  const cv::Mat m = cv::getRotationMatrix2D(cv::Point2f(img.cols / 2.0f, img.rows / 2.0f), degrees, 1.0);
  cv::Mat tilted;
  cv::warpAffine(img, tilted, m, img.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(255));
  const PageText text = read(tilted);
  EXPECT_NEAR(text.info.skew, degrees, 0.3);
  // Expected boxes: the truth boxes' corners pushed through the same rotation.
  int candidates = 0, matched = 0;
  for (const auto& truth : page_->truth.words) {
    if (truth.text.size() < 5) continue;
    ++candidates;
    const cv::Point2d c(truth.box.center_x() * img.cols, truth.box.center_y() * img.rows);
    const double x = m.at<double>(0, 0) * c.x + m.at<double>(0, 1) * c.y + m.at<double>(0, 2);
    const double y = m.at<double>(1, 0) * c.x + m.at<double>(1, 1) * c.y + m.at<double>(1, 2);
    for (const auto& w : text.words) {
      if (w.text == truth.text && std::abs(w.box.center_x() - x / img.cols) < 0.01 &&
          std::abs(w.box.center_y() - y / img.rows) < 0.01) {
        ++matched;
        break;
      }
    }
  }
  ASSERT_GT(candidates, 10);
  EXPECT_GE(double(matched) / candidates, 0.85);
}

TEST_F(PageOcrTest, LowResolutionImageIsUpscaledForOcr) {
  cv::Mat small;
  cv::resize(page_->image, small, cv::Size(), 0.33, 0.33, cv::INTER_AREA);  // ~100 DPI
  Preprocessor pre;
  auto prepared = pre.prepare(small, 0, osd_);
  ASSERT_TRUE(prepared);
  EXPECT_GT(prepared->scale, 1.5);
  PageInfo info;
  info.width = small.cols;
  info.height = small.rows;
  auto text = recognize_page(*engine_, *prepared, info, {});
  ASSERT_TRUE(text);
  EXPECT_GE(matched_share(*text, 0, 0.4), 0.8);
}

TEST_F(PageOcrTest, SmallDocumentOnABlankSheetIsCroppedForOcrAndBoxesLandOnTheWords) {
  // The known page shrunk to a card-sized block in the lower right of a blank sheet.
  cv::Mat block;
  cv::resize(page_->image, block, cv::Size(), 0.45, 0.45, cv::INTER_AREA);
  cv::Mat sheet(page_->image.size(), CV_8UC1, cv::Scalar(255));
  const cv::Point offset(sheet.cols - block.cols - 150, sheet.rows - block.rows - 200);
  block.copyTo(sheet(cv::Rect(offset, block.size())));

  Preprocessor pre;
  auto prepared = pre.prepare(sheet, 300, osd_);
  ASSERT_TRUE(prepared);
  // Tesseract reads about the block, not the sheet, at the block's scale.
  const double read_area = double(prepared->for_ocr.total()) / (prepared->scale * prepared->scale);
  EXPECT_LT(read_area, 0.5 * double(sheet.total()));
  PageInfo info;
  info.width = sheet.cols;
  info.height = sheet.rows;
  auto text = recognize_upright(*engine_, *prepared, info, {});
  ASSERT_TRUE(text);
  int candidates = 0, matched = 0;
  for (const auto& truth : page_->truth.words) {
    if (truth.text.size() < 5) continue;
    ++candidates;
    const double x = (offset.x + truth.box.center_x() * block.cols) / sheet.cols;
    const double y = (offset.y + truth.box.center_y() * block.rows) / sheet.rows;
    for (const auto& w : text->text.words) {
      if (w.text == truth.text && std::abs(w.box.center_x() - x) < 0.005 && std::abs(w.box.center_y() - y) < 0.005) {
        ++matched;
        break;
      }
    }
  }
  ASSERT_GT(candidates, 10);
  EXPECT_GE(double(matched) / candidates, 0.8);
}

TEST_F(PageOcrTest, PastDeadlineIsATimeout) {
  Preprocessor pre;
  auto prepared = pre.prepare(page_->image, 300, nullptr);
  ASSERT_TRUE(prepared);
  RecognizeOptions options;
  options.deadline = std::chrono::steady_clock::now() - std::chrono::seconds(1);
  auto text = recognize_page(*engine_, *prepared, {}, options);
  ASSERT_FALSE(text);
  EXPECT_EQ(text.error().code, ErrorCode::kTimeout);
}

TEST_F(PageOcrTest, WhitelistRestrictsCharacters) {
  Preprocessor pre;
  auto prepared = pre.prepare(page_->image, 300, nullptr);
  ASSERT_TRUE(prepared);
  RecognizeOptions options;
  options.whitelist = "0123456789";
  auto text = engine_->recognize(prepared->for_ocr, options);
  ASSERT_TRUE(text);
  for (const auto& w : text->words) {
    EXPECT_EQ(w.text.find_first_not_of("0123456789"), std::string::npos) << w.text;
  }
  // The whitelist does not stick to the engine.
  auto again = engine_->recognize(prepared->for_ocr, {});
  ASSERT_TRUE(again);
  EXPECT_NE(again->text().find("Opening"), std::string::npos);
}

// An engine that reads one word at a fixed confidence. It counts its calls,
// and keeps a copy of every image it is given and how many references to
// its pixels existed while it read them.
class CountingEngine final : public OcrEngine {
 public:
  explicit CountingEngine(float confidence) : confidence_(confidence) {}
  Result<PageText> recognize(cv::Mat gray, const RecognizeOptions&) override {
    ++calls;
    references.push_back(gray.u != nullptr ? gray.u->refcount : 0);
    images.push_back(gray.clone());
    PageInfo info;
    info.width = gray.cols;
    info.height = gray.rows;
    PageTextBuilder b(info);
    b.begin_block();
    b.begin_line();
    b.add_word("Wages", {10, 10, 60, 30}, confidence_);
    return std::move(b).finish();
  }
  int calls = 0;
  std::vector<int> references;
  std::vector<cv::Mat> images;

 private:
  float confidence_;
};

PreparedPage leaning_upside_down() {
  PreparedPage page{.upright = cv::Mat(200, 100, CV_8UC1, cv::Scalar(255)),
                    .upright_transform = PageTransform(100, 200),
                    .for_ocr = {},
                    .ocr_transform = PageTransform(100, 200)};
  page.for_ocr = page.upright;
  page.upright_evidence = -5.0;
  return page;
}

TEST(UprightReadingTest, SureReadingIsKeptThoughTheShapesLeanUpsideDown) {
  CountingEngine engine(0.9f);
  const auto reading = recognize_upright(engine, leaning_upside_down(), PageInfo{}, {});
  ASSERT_TRUE(reading);
  EXPECT_EQ(engine.calls, 1);
}

TEST(UprightReadingTest, UnsureReadingOfALeaningPageIsReadTurnedToo) {
  CountingEngine engine(0.7f);
  const auto reading = recognize_upright(engine, leaning_upside_down(), PageInfo{}, {});
  ASSERT_TRUE(reading);
  EXPECT_EQ(engine.calls, 2);
}

// A page of small print on a grey, unevenly lit sheet: the preprocessor
// enlarges and flattens it, so its OCR image is a buffer of its own.
PreparedPage small_print_page(const Preprocessor& pre) {
  cv::Mat sheet(500, 700, CV_8UC1);
  for (int y = 0; y < sheet.rows; ++y) sheet.row(y).setTo(cv::Scalar(150 + y / 8));
  for (int line = 0; line < 12; ++line) {
    cv::putText(sheet, "Net pay 1,234.56 for the period", cv::Point(20, 30 + 36 * line), cv::FONT_HERSHEY_SIMPLEX, 0.45,
                cv::Scalar(20), 1);
  }
  auto page = pre.prepare(sheet, 300, nullptr);
  if (!page) throw std::runtime_error(page.error().message);
  return *page;
}

TEST(UprightReadingTest, AHandedOverImageIsHeldOnlyByTheEngineWhileItReads) {
  const Preprocessor pre;
  PreparedPage page = small_print_page(pre);
  ASSERT_FALSE(page.for_ocr.empty());
  ASSERT_NE(page.for_ocr.data, page.upright.data);
  CountingEngine kept(0.9f), handed(0.9f);
  ASSERT_TRUE(recognize_upright(kept, page, PageInfo{}, {}));
  const auto reading = recognize_upright(handed, std::move(page), PageInfo{}, {}, &pre);
  ASSERT_TRUE(reading);
  ASSERT_EQ(kept.references.size(), 1u);
  EXPECT_GT(kept.references[0], 1);  // the page still holds it too
  EXPECT_EQ(handed.references, std::vector<int>({1}));
  EXPECT_TRUE(reading->page.for_ocr.empty());
  EXPECT_FALSE(reading->page.upright.empty());
}

TEST(UprightReadingTest, ASecondLookAtAHandedOverPageReadsTheSamePixelsAsWhenItWasKept) {
  const Preprocessor pre;
  const PreparedPage page = small_print_page(pre);
  CountingEngine kept(0.3f), handed(0.3f);  // reads poorly: looks again, turned
  ASSERT_TRUE(recognize_upright(kept, page, PageInfo{}, {}));
  ASSERT_TRUE(recognize_upright(handed, page, PageInfo{}, {}, &pre));
  ASSERT_EQ(kept.images.size(), 2u);
  ASSERT_EQ(handed.images.size(), 2u);
  for (size_t i = 0; i < 2; ++i) {
    ASSERT_EQ(kept.images[i].size(), handed.images[i].size());
    EXPECT_EQ(cv::norm(kept.images[i], handed.images[i], cv::NORM_INF), 0.0) << "reading " << i;
  }
  EXPECT_EQ(handed.references.back(), 1);
}

}  // namespace
}  // namespace kycx::ocr
