#include "ingest/media_type.hpp"

#include <gtest/gtest.h>

#include "tests/support/bad_files.hpp"

namespace kycx::ingest {
namespace {

TEST(MediaTypeTest, SniffsFromBytesNotNames) {
  EXPECT_EQ(sniff_media_type(kycx::testing::small_text_pdf()), MediaType::kPdf);
  EXPECT_EQ(sniff_media_type("junk\n%PDF-1.7\n..."), MediaType::kPdf);
  EXPECT_EQ(sniff_media_type(std::string("\x89PNG\r\n\x1a\n....", 12)), MediaType::kPng);
  EXPECT_EQ(sniff_media_type("\xFF\xD8\xFF\xE0...."), MediaType::kJpeg);
  EXPECT_EQ(sniff_media_type(std::string("II*\0....", 8)), MediaType::kTiff);
  EXPECT_EQ(sniff_media_type(std::string("MM\0*....", 8)), MediaType::kTiff);
  EXPECT_EQ(sniff_media_type("Dear customer, please find attached..."), MediaType::kUnknown);
  EXPECT_EQ(sniff_media_type(""), MediaType::kUnknown);
}

TEST(MediaTypeTest, DescribesWhatAnUnsupportedFileIs) {
  EXPECT_EQ(describe_unsupported(""), "an empty file (0 bytes)");
  EXPECT_EQ(describe_unsupported("hello world\n"), "plain text");
  EXPECT_NE(describe_unsupported("PK\x03\x04rest").find("ZIP"), std::string::npos);
  EXPECT_EQ(describe_unsupported("GIF89a...."), "a GIF image");
  EXPECT_EQ(describe_unsupported(std::string("\x01\x02\x03\xff", 4)), "unrecognised binary data");
}

}  // namespace
}  // namespace kycx::ingest
