#include "extractors/barcode/barcode_reader.hpp"

#include <chrono>
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

BarcodeFixture load() {
  return testing::load_barcode_fixture();
}

struct PhotoSpec {
  int card_width = 900;     // px of the card in the photo
  double tilt_degrees = 6;  // in-plane rotation
  double keystone = 0.06;   // perspective: how much narrower the far edge is, fraction of the width
  double blur_sigma = 1.0;
  double noise_sigma = 6;
  int jpeg_quality = 70;
  double smudge = 0;  // width of a dark stain across the symbol, fraction of its width
  double erased = 0;  // fraction of the symbol's rows rubbed off at the bottom
};

struct Photo {
  cv::Mat image;
  std::array<cv::Point2f, 4> symbol_corners;  // where the symbol's box ended up
};

// A phone photo of the back of a card: the symbol on a light card, tilted and
// seen in perspective on a textured table, blurred, noisy, JPEG-compressed.
Photo back_photo(const cv::Mat& symbol, const PhotoSpec& spec) {
  const cv::Size card_size(1712, 1080);
  cv::Mat card(card_size, CV_8UC1, cv::Scalar(228));
  const int symbol_width = 1480;
  cv::Mat big;
  cv::resize(symbol, big, cv::Size(symbol_width, symbol.rows * symbol_width / symbol.cols), 0, 0, cv::INTER_NEAREST);
  const cv::Rect at((card_size.width - big.cols) / 2, 80, big.cols, big.rows);
  cv::rectangle(card, cv::Rect(at.x - 40, at.y - 30, at.width + 80, at.height + 60), cv::Scalar(250), cv::FILLED);
  big.copyTo(card(at));
  if (spec.smudge > 0) {
    const cv::Size axes(static_cast<int>(spec.smudge * at.width / 2), at.height * 2 / 3);
    cv::ellipse(card, cv::Point(at.x + at.width / 2, at.y + at.height / 2), axes, 0, 0, 360, cv::Scalar(70),
                cv::FILLED);
  }
  if (spec.erased > 0) {
    const int rows = static_cast<int>(spec.erased * at.height);
    cv::rectangle(card, cv::Rect(at.x + at.width / 8, at.y + at.height - rows, at.width * 3 / 4, rows), cv::Scalar(245),
                  cv::FILLED);
  }
  for (int i = 0; i < 6; ++i) {  // lines of small print below the symbol
    cv::putText(card, "THIS CARD IS THE PROPERTY OF THE ISSUER 0123", cv::Point(160, at.y + at.height + 120 + 60 * i),
                cv::FONT_HERSHEY_SIMPLEX, 1.2, cv::Scalar(60), 2);
  }
  cv::Mat photo(900, 1200, CV_8UC1);
  cv::randu(photo, 90, 150);
  cv::GaussianBlur(photo, photo, cv::Size(0, 0), 9);
  const double w = spec.card_width, h = w * card_size.height / card_size.width;
  const double a = spec.tilt_degrees * CV_PI / 180, k = spec.keystone * w;
  const cv::Point2f c(600, 450);
  auto rot = [&](double x, double y) {
    return cv::Point2f(static_cast<float>(c.x + x * std::cos(a) - y * std::sin(a)),
                       static_cast<float>(c.y + x * std::sin(a) + y * std::cos(a)));
  };
  const std::array<cv::Point2f, 4> src{cv::Point2f(0, 0), cv::Point2f(card_size.width, 0),
                                       cv::Point2f(card_size.width, card_size.height),
                                       cv::Point2f(0, card_size.height)};
  const std::array<cv::Point2f, 4> dst{rot(-w / 2 + k, -h / 2), rot(w / 2 - k, -h / 2), rot(w / 2, h / 2),
                                       rot(-w / 2, h / 2)};
  const cv::Mat m = cv::getPerspectiveTransform(src.data(), dst.data());
  cv::warpPerspective(card, photo, m, photo.size(), cv::INTER_AREA, cv::BORDER_TRANSPARENT);
  Photo out;
  std::vector<cv::Point2f> box{cv::Point2f(at.x, at.y), cv::Point2f(at.x + at.width, at.y),
                               cv::Point2f(at.x + at.width, at.y + at.height), cv::Point2f(at.x, at.y + at.height)};
  std::vector<cv::Point2f> mapped;
  cv::perspectiveTransform(box, mapped, m);
  std::copy(mapped.begin(), mapped.end(), out.symbol_corners.begin());
  cv::GaussianBlur(photo, photo, cv::Size(0, 0), spec.blur_sigma);
  cv::Mat noise(photo.size(), CV_16SC1);
  cv::randn(noise, 0, spec.noise_sigma);
  cv::Mat noisy;
  photo.convertTo(noisy, CV_16SC1);
  noisy += noise;
  noisy.convertTo(photo, CV_8UC1);
  std::vector<uchar> jpeg;
  cv::imencode(".jpg", photo, jpeg, {cv::IMWRITE_JPEG_QUALITY, spec.jpeg_quality});
  out.image = cv::imdecode(jpeg, cv::IMREAD_GRAYSCALE);
  return out;
}

std::vector<ocr::Page> pages_of(const cv::Mat& image) {
  std::vector<ocr::Page> pages(1);
  pages[0].text.info.width = image.cols;
  pages[0].text.info.height = image.rows;
  pages[0].image = image;
  pages[0].image_transform = ocr::PageTransform(image.cols, image.rows);
  return pages;
}

double elapsed_ms(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - since).count();
}

TEST(BarcodeReaderTest, ReadsTheBackOfACardPhotographedAtAnAngle) {
  const BarcodeFixture f = load();
  if (f.symbol.empty()) GTEST_SKIP() << "tests/data/barcode fixtures not found";
  const Photo photo = back_photo(f.symbol, {});
  const auto pages = pages_of(photo.image);
  const ExtractContext context{.pages = pages, .render = {}};
  const auto hits = find_pdf417(context);
  ASSERT_EQ(hits.size(), 1u);
  ASSERT_TRUE(hits[0].decoded);
  EXPECT_EQ(hits[0].payload, f.payload);
  EXPECT_EQ(hits[0].page_index, 0);
  // The box covers the symbol, normalised to the page.
  BBox truth;
  for (const auto& p : photo.symbol_corners) {
    truth = united(truth, BBox{p.x / 1200.0, p.y / 900.0, p.x / 1200.0 + 1e-6, p.y / 900.0 + 1e-6});
  }
  EXPECT_GT(iou(hits[0].box, truth), 0.7)
      << hits[0].box.x0 << "," << hits[0].box.y0 << " " << hits[0].box.x1 << "," << hits[0].box.y1;
}

TEST(BarcodeReaderTest, LocatingRescuesPhotosTheWholeImageDecodeMisses) {
  const BarcodeFixture f = load();
  if (f.symbol.empty()) GTEST_SKIP() << "fixture not found";
  int whole = 0, located = 0, total = 0;
  for (double tilt : {-9.0, -4.0, 3.0, 8.0}) {
    for (int width : {700, 1000}) {
      const Photo photo = back_photo(f.symbol, {.card_width = width, .tilt_degrees = tilt, .keystone = 0.08});
      ++total;
      whole += decode_pdf417(photo.image, {.try_variants = false}).empty() ? 0 : 1;
      const auto pages = pages_of(photo.image);
      const auto hits = find_pdf417(ExtractContext{.pages = pages, .render = {}});
      located += any_decoded(hits) && hits[0].payload == f.payload ? 1 : 0;
    }
  }
  EXPECT_EQ(located, total);
  EXPECT_GE(located, whole);
  std::printf("synthetic photos: whole-image %d/%d, locate+rectify %d/%d\n", whole, total, located, total);
}

TEST(BarcodeReaderTest, MapsTheBoxThroughThePageTransform) {
  const BarcodeFixture f = load();
  if (f.symbol.empty()) GTEST_SKIP() << "fixture not found";
  // The page image is the original page at half scale, placed by the transform.
  cv::Mat page(1000, 1400, CV_8UC1, cv::Scalar(255));
  f.symbol.copyTo(page(cv::Rect(700, 500, f.symbol.cols, f.symbol.rows)));
  std::vector<ocr::Page> pages(1);
  pages[0].image = page;
  pages[0].image_transform = ocr::PageTransform(2800, 2000);
  pages[0].image_transform->then_scale(0.5);
  const auto hits = find_pdf417(ExtractContext{.pages = pages, .render = {}});
  ASSERT_TRUE(any_decoded(hits));
  const BBox expected{700.0 / 1400, 500.0 / 1000, (700.0 + f.symbol.cols) / 1400, (500.0 + f.symbol.rows) / 1000};
  EXPECT_GT(iou(hits[0].box, expected), 0.8);
}

TEST(BarcodeReaderTest, RendersTextLayerPagesOnDemand) {
  const BarcodeFixture f = load();
  if (f.symbol.empty()) GTEST_SKIP() << "fixture not found";
  std::vector<ocr::Page> pages(2);  // no kept images: both pages only have text
  int rendered = 0;
  ExtractContext context{.pages = pages, .render = {}};
  context.render = [&](int index, int dpi) -> Result<cv::Mat> {
    ++rendered;
    EXPECT_EQ(dpi, 300);
    cv::Mat page(1100, 850, CV_8UC1, cv::Scalar(255));
    if (index == 1) f.symbol.copyTo(page(cv::Rect(100, 100, f.symbol.cols, f.symbol.rows)));
    return page;
  };
  const auto hits = find_pdf417(context);
  EXPECT_EQ(rendered, 2);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].page_index, 1);
  EXPECT_EQ(hits[0].payload, f.payload);
}

TEST(BarcodeReaderTest, ASmudgedSymbolIsReportedUndecodedWithoutCrashing) {
  const BarcodeFixture f = load();
  if (f.symbol.empty()) GTEST_SKIP() << "fixture not found";
  for (const PhotoSpec& spec : {PhotoSpec{.smudge = 0.1}, PhotoSpec{.smudge = 0.3}, PhotoSpec{.erased = 0.4}}) {
    const Photo photo = back_photo(f.symbol, spec);
    const auto pages = pages_of(photo.image);
    // How long the slow retries take is a benchmark's business (scripts/bench);
    // ctest's timeout catches a hang.
    const auto hits = find_pdf417(ExtractContext{.pages = pages, .render = {}});
    ASSERT_FALSE(hits.empty()) << "stain " << spec.smudge << " erased " << spec.erased;
    if (hits[0].decoded) {
      EXPECT_EQ(hits[0].payload, f.payload);  // error correction may win; it must never guess
    } else {
      EXPECT_TRUE(hits[0].payload.empty());
      EXPECT_GT(hits[0].box.area(), 0.0);
    }
  }
}

TEST(BarcodeReaderTest, PagesWithoutABarcodeAreRejectedQuickly) {
  // A letter-sized text page at 300 dpi and a blank one.
  cv::Mat text(3300, 2550, CV_8UC1, cv::Scalar(250));
  for (int y = 200; y < 3100; y += 70) {
    cv::putText(text, "Statement period 01/03/2026 - 31/03/2026  Balance 1,234.50  Ref 99812", cv::Point(150, y),
                cv::FONT_HERSHEY_SIMPLEX, 1.6, cv::Scalar(20), 3);
  }
  std::vector<ocr::Page> pages(2);
  pages[0].image = text;
  pages[0].image_transform = ocr::PageTransform(text.cols, text.rows);
  pages[1].image = cv::Mat(3300, 2550, CV_8UC1, cv::Scalar(255));
  pages[1].image_transform = ocr::PageTransform(2550, 3300);
  const auto start = std::chrono::steady_clock::now();
  const auto hits = find_pdf417(ExtractContext{.pages = pages, .render = {}});
  const double ms = elapsed_ms(start);
  EXPECT_TRUE(hits.empty());
  std::printf("two pages without a barcode: %.0f ms (a figure for the log; scripts/bench measures speed)\n", ms);
}

TEST(BarcodeReaderTest, EmptyContextFindsNothing) {
  std::vector<ocr::Page> pages(3);  // no images, no renderer
  EXPECT_TRUE(find_pdf417(ExtractContext{.pages = pages, .render = {}}).empty());
}

}  // namespace
}  // namespace kycx::extractors::barcode
