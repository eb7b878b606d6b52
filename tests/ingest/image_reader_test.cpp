#include "ingest/image_reader.hpp"

#include <utility>

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>

#include "tests/support/bad_files.hpp"
#include "tests/support/test_files.hpp"

namespace kycx::ingest {
namespace {

using kycx::testing::open_bytes;

TEST(ImageReaderTest, DecodesPngAndJpegToGrey) {
  const cv::Mat img = kycx::testing::text_image({"HELLO"}, 640, 100);
  for (const char* ext : {".png", ".jpg"}) {
    auto reader = open_bytes(kycx::testing::encode_image(img, ext));
    ASSERT_TRUE(reader) << ext;
    auto page = (*reader)->load_page(0);
    ASSERT_TRUE(page) << ext;
    EXPECT_EQ(page->image.type(), CV_8UC1);
    EXPECT_EQ(page->image.size(), img.size());
    EXPECT_LT(cv::norm(page->image, img, cv::NORM_INF), ext == std::string(".png") ? 1 : 80) << ext;
  }
}

TEST(ImageReaderTest, ColourImagesBecomeGrey) {
  cv::Mat colour(50, 80, CV_8UC3, cv::Scalar(10, 200, 30));
  auto reader = open_bytes(kycx::testing::encode_image(colour, ".png"));
  ASSERT_TRUE(reader);
  auto page = (*reader)->load_page(0);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->image.type(), CV_8UC1);
}

TEST(ImageReaderTest, TransparentPngBackgroundBecomesWhitePaper) {
  cv::Mat rgba(40, 60, CV_8UC4, cv::Scalar(0, 0, 0, 0));           // fully transparent black
  rgba(cv::Rect(10, 10, 20, 20)).setTo(cv::Scalar(0, 0, 0, 255));  // an opaque black square
  auto reader = open_bytes(kycx::testing::encode_image(rgba, ".png"));
  ASSERT_TRUE(reader);
  auto page = (*reader)->load_page(0);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->image.at<unsigned char>(0, 0), 255);
  EXPECT_EQ(page->image.at<unsigned char>(20, 20), 0);
}

TEST(ImageReaderTest, SixteenBitPngIsReadAsEightBitGrey) {
  cv::Mat deep(30, 50, CV_16UC1, cv::Scalar(65535));
  deep(cv::Rect(0, 0, 25, 30)).setTo(cv::Scalar(0));
  auto reader = open_bytes(kycx::testing::encode_image(deep, ".png"));
  ASSERT_TRUE(reader);
  auto page = (*reader)->load_page(0);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->image.type(), CV_8UC1);
  EXPECT_EQ(page->image.at<unsigned char>(5, 5), 0);
  EXPECT_EQ(page->image.at<unsigned char>(5, 45), 255);
}

TEST(ImageReaderTest, TiffPixelsKeepTheirPlaceAcrossLeptonicasWordOrder) {
  cv::Mat ramp(7, 13, CV_8UC1);  // odd width: rows end inside a 32-bit word
  for (int y = 0; y < ramp.rows; ++y)
    for (int x = 0; x < ramp.cols; ++x) ramp.at<unsigned char>(y, x) = static_cast<unsigned char>(10 * x + y);
  auto reader = open_bytes(kycx::testing::encode_image(ramp, ".tif"));
  ASSERT_TRUE(reader);
  auto page = (*reader)->load_page(0);
  ASSERT_TRUE(page);
  EXPECT_EQ(cv::norm(page->image, ramp, cv::NORM_INF), 0);
}

TEST(ImageReaderTest, ReadsEveryPageOfAMultiPageTiff) {
  kycx::testing::TempDir dir;
  const auto path = dir.path() / "three.tif";
  std::vector<cv::Mat> pages = {kycx::testing::text_image({"PAGE ONE"}, 600, 100),
                                kycx::testing::text_image({"PAGE TWO"}, 700, 100),
                                kycx::testing::text_image({"PAGE THREE"}, 800, 100)};
  ASSERT_TRUE(cv::imwritemulti(path.string(), pages));
  auto reader = open_bytes(kycx::testing::read_bytes(path));
  ASSERT_TRUE(reader) << reader.error().message;
  ASSERT_EQ((*reader)->page_count(), 3);
  for (int i = 0; i < 3; ++i) {
    auto page = (*reader)->load_page(i);
    ASSERT_TRUE(page);
    EXPECT_EQ(page->image.cols, pages[static_cast<size_t>(i)].cols);
    EXPECT_EQ(page->info.page, i + 1);
  }
}

TEST(ImageReaderTest, DecompressionBombIsRejectedFromTheHeader) {
  auto reader = open_bytes(kycx::testing::png_declaring(60000, 60000));
  ASSERT_FALSE(reader);
  EXPECT_EQ(reader.error().code, ErrorCode::kTooLarge);
  EXPECT_NE(reader.error().message.find("60000 x 60000"), std::string::npos) << reader.error().message;
}

TEST(ImageReaderTest, JpegAndTiffDecompressionBombsAreRejectedFromTheHeader) {
  // 65535 is past libjpeg's own limit (65500), so the size must be read
  // before libjpeg sees the file.
  const std::string jpeg = kycx::testing::jpeg_declaring(65535, 65535);
  ASSERT_FALSE(jpeg.empty());
  for (const std::string& bytes :
       {jpeg, kycx::testing::jpeg_declaring(20000, 20000), kycx::testing::tiff_declaring(65535, 65535)}) {
    auto reader = open_bytes(bytes);
    ASSERT_FALSE(reader);
    EXPECT_EQ(reader.error().code, ErrorCode::kTooLarge) << reader.error().message;
    EXPECT_NE(reader.error().message.find(" x "), std::string::npos) << reader.error().message;
    EXPECT_NE(reader.error().message.find("pixels, over the limit of 60 megapixels per page"), std::string::npos)
        << reader.error().message;
  }
  EXPECT_NE(open_bytes(jpeg).error().message.find("the image declares 65535 x 65535 pixels"), std::string::npos);
  // The header read finds the size of a real JPEG too.
  auto small = open_bytes(kycx::testing::jpeg_declaring(8, 8));
  ASSERT_TRUE(small) << small.error().message;
  EXPECT_EQ((*small)->load_page(0)->image.size(), cv::Size(8, 8));
}

TEST(ImageReaderTest, ImageTooThinToBeAPageIsRefusedFromTheHeader) {
  for (const auto& [w, h] : {std::pair{1u, 100000u}, std::pair{100000u, 1u}}) {
    auto reader = open_bytes(kycx::testing::png_declaring(w, h));
    ASSERT_FALSE(reader) << w << " x " << h;
    EXPECT_EQ(reader.error().code, ErrorCode::kUnsupportedFormat);
    const std::string size = std::to_string(w) + " x " + std::to_string(h) + " pixels";
    EXPECT_NE(reader.error().message.find(size), std::string::npos) << reader.error().message;
    EXPECT_NE(reader.error().message.find("too thin to be a document page"), std::string::npos);
  }
  // A long till receipt (1:20) is a page; the limit can be raised.
  EXPECT_TRUE(open_bytes(kycx::testing::png_declaring(400, 8000)));
  IngestLimits strips;
  strips.max_page_aspect = 200000;
  EXPECT_TRUE(open_bytes(kycx::testing::png_declaring(1, 100000), strips));
}

TEST(ImageReaderTest, CorruptJpegIsRejectedOrDecodedWithoutCrashing) {
  auto reader = open_bytes(kycx::testing::corrupt_jpeg());
  if (!reader) {
    EXPECT_EQ(reader.error().code, ErrorCode::kCorruptFile);
    return;
  }
  auto page = (*reader)->load_page(0);
  if (!page) {
    EXPECT_EQ(page.error().code, ErrorCode::kCorruptFile);
    EXPECT_NE(page.error().message.find("JPEG"), std::string::npos);
  }
}

TEST(ImageReaderTest, TiffWithUnsupportedCompressionIsRejectedWithAdvice) {
  auto reader = open_bytes(kycx::testing::tiff_with_unsupported_compression());
  Error error;
  if (!reader) {
    error = reader.error();
  } else {
    auto page = (*reader)->load_page(0);
    ASSERT_FALSE(page);
    error = page.error();
  }
  EXPECT_EQ(error.code, ErrorCode::kCorruptFile);
  EXPECT_NE(error.message.find("TIFF"), std::string::npos) << error.message;
}

TEST(ImageReaderTest, TruncatedPngIsRejected) {
  std::string png = kycx::testing::encode_image(kycx::testing::text_image({"TRUNCATED"}, 600, 100), ".png");
  png.resize(png.size() / 2);
  auto reader = open_bytes(png);
  if (reader) {
    auto page = (*reader)->load_page(0);
    ASSERT_FALSE(page);
    EXPECT_EQ(page.error().code, ErrorCode::kCorruptFile);
  } else {
    EXPECT_EQ(reader.error().code, ErrorCode::kCorruptFile);
  }
}

TEST(DocumentReaderTest, UnsupportedBytesSayWhatTheyAre) {
  auto text = open_bytes("This is a plain text file someone named passport.jpg\n");
  ASSERT_FALSE(text);
  EXPECT_EQ(text.error().code, ErrorCode::kUnsupportedFormat);
  EXPECT_NE(text.error().message.find("plain text"), std::string::npos);
  auto empty = open_bytes("");
  ASSERT_FALSE(empty);
  EXPECT_NE(empty.error().message.find("empty file"), std::string::npos);
}

}  // namespace
}  // namespace kycx::ingest
