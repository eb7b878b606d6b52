#include "ingest/png_decoder.hpp"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <png.h>

namespace kycx::ingest {
namespace {

// How a test PNG is written: libpng's own writer, with the row filter,
// interlacing, IDAT size and extra chunks chosen by the test.
struct PngSpec {
  int colour_type = PNG_COLOR_TYPE_RGB;
  int bit_depth = 8;
  int filters = PNG_ALL_FILTERS;  // PNG_FILTER_NONE ... PNG_FILTER_PAETH
  bool interlaced = false;
  size_t idat_bytes = 8192;         // compressed bytes per IDAT chunk
  bool gamma_chunk = false;         // a gAMA chunk of 1/1.8
  bool transparent_colour = false;  // a tRNS chunk
};

void append_to(png_structp png, png_bytep data, png_size_t length) {
  auto* out = static_cast<std::string*>(png_get_io_ptr(png));
  out->append(reinterpret_cast<const char*>(data), length);
}

// `pixels` holds one byte per sample (1-bit images: 0 or 1 per pixel).
std::string write_png(const cv::Mat& pixels, const PngSpec& spec) {
  std::string out;
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png_create_info_struct(png);
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    return {};
  }
  png_set_write_fn(png, &out, append_to, nullptr);
  png_set_IHDR(png, info, static_cast<png_uint_32>(pixels.cols), static_cast<png_uint_32>(pixels.rows), spec.bit_depth,
               spec.colour_type, spec.interlaced ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE,
               PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_color palette[2] = {{0, 0, 0}, {255, 255, 255}};
  if (spec.colour_type == PNG_COLOR_TYPE_PALETTE) png_set_PLTE(png, info, palette, 2);
  if (spec.gamma_chunk) png_set_gAMA_fixed(png, info, 55556);
  png_color_16 transparent{};
  if (spec.transparent_colour) png_set_tRNS(png, info, nullptr, 0, &transparent);
  png_set_filter(png, PNG_FILTER_TYPE_BASE, spec.filters);
  png_set_compression_buffer_size(png, spec.idat_bytes);
  png_write_info(png, info);
  if (spec.bit_depth < 8) png_set_packing(png);
  if (spec.bit_depth == 16) png_set_swap(png);
  const int passes = png_set_interlace_handling(png);
  for (int pass = 0; pass < passes; ++pass) {
    for (int y = 0; y < pixels.rows; ++y) png_write_row(png, pixels.ptr<png_byte>(y));
  }
  png_write_end(png, info);
  png_destroy_write_struct(&png, &info);
  return out;
}

// The reference: libpng's simplified reader, which kycx used alone before.
cv::Mat libpng_grey(const std::string& bytes) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  if (png_image_begin_read_from_memory(&image, bytes.data(), bytes.size()) == 0) return {};
  image.format = PNG_FORMAT_GRAY;
  cv::Mat grey(static_cast<int>(image.height), static_cast<int>(image.width), CV_8UC1, cv::Scalar(255));
  if (png_image_finish_read(&image, nullptr, grey.data, static_cast<png_int_32>(grey.step), nullptr) == 0) return {};
  return grey;
}

// Text-like content: mostly paper, dark strokes, some colour and noise, so
// that libpng's writer picks every filter somewhere.
cv::Mat scan_like(int rows, int cols, int channels, unsigned seed) {
  std::mt19937 rng(seed);
  cv::Mat m(rows, cols, CV_8UC(channels), cv::Scalar::all(245));
  cv::randn(m, cv::Scalar::all(230), cv::Scalar::all(12));
  for (int i = 0; i < 40; ++i) {
    const cv::Scalar ink(static_cast<double>(rng() % 90), static_cast<double>(rng() % 90),
                         static_cast<double>(rng() % 200));
    const cv::Rect stroke(static_cast<int>(rng() % cols), static_cast<int>(rng() % rows), 30, 6);
    m(stroke & cv::Rect(0, 0, cols, rows)).setTo(ink);
  }
  return m;
}

void expect_same_as_libpng(const std::string& bytes, const std::string& label) {
  auto fast = decode_plain_png(bytes);
  ASSERT_TRUE(fast.has_value()) << label << ": expected the fast path";
  const cv::Mat reference = libpng_grey(bytes);
  ASSERT_FALSE(reference.empty()) << label;
  ASSERT_EQ(fast->size(), reference.size()) << label;
  EXPECT_EQ(cv::countNonZero(*fast != reference), 0) << label;
}

TEST(PngDecoderTest, EveryRowFilterDecodesAsLibpngDoes) {
  const std::vector<std::pair<int, const char*>> filters = {{PNG_FILTER_NONE, "none"},   {PNG_FILTER_SUB, "sub"},
                                                            {PNG_FILTER_UP, "up"},       {PNG_FILTER_AVG, "average"},
                                                            {PNG_FILTER_PAETH, "paeth"}, {PNG_ALL_FILTERS, "all"}};
  for (const auto& [filter, name] : filters) {
    expect_same_as_libpng(write_png(scan_like(61, 83, 3, 1), {.filters = filter}), std::string("RGB ") + name);
    expect_same_as_libpng(write_png(scan_like(61, 83, 1, 2), {.colour_type = PNG_COLOR_TYPE_GRAY, .filters = filter}),
                          std::string("grey ") + name);
    cv::Mat bits = scan_like(37, 101, 1, 3) < 128;
    bits /= 255;
    expect_same_as_libpng(write_png(bits, {.colour_type = PNG_COLOR_TYPE_GRAY, .bit_depth = 1, .filters = filter}),
                          std::string("1-bit ") + name);
  }
}

TEST(PngDecoderTest, ImageSplitOverManyIdatChunksIsJoined) {
  const std::string bytes = write_png(scan_like(120, 200, 3, 4), {.idat_bytes = 256});
  ASSERT_GT(bytes.size(), 4u * 256);  // several chunks
  expect_same_as_libpng(bytes, "many IDAT chunks");
}

TEST(PngDecoderTest, EveryColourBecomesTheGreyLibpngGives) {
  // All 2^24 colours, one per pixel.
  cv::Mat all(4096, 4096, CV_8UC3);
  for (std::uint32_t i = 0; i < (1u << 24); ++i) {
    auto* p = all.data + 3 * size_t{i};
    p[0] = static_cast<unsigned char>(i >> 16);
    p[1] = static_cast<unsigned char>(i >> 8);
    p[2] = static_cast<unsigned char>(i);
  }
  expect_same_as_libpng(write_png(all, {.filters = PNG_FILTER_NONE, .idat_bytes = 1 << 20}), "all colours");
}

TEST(PngDecoderTest, OtherKindsGoToLibpngAndStillDecode) {
  const cv::Mat rgb = scan_like(40, 50, 3, 5), grey = scan_like(40, 50, 1, 6);
  cv::Mat deep;
  grey.convertTo(deep, CV_16U, 257);
  cv::Mat index = grey > 128;
  index /= 255;
  const std::vector<std::pair<std::string, std::string>> files = {
      {"interlaced", write_png(rgb, {.interlaced = true})},
      {"gamma chunk", write_png(rgb, {.gamma_chunk = true})},
      {"transparent colour", write_png(grey, {.colour_type = PNG_COLOR_TYPE_GRAY, .transparent_colour = true})},
      {"16-bit", write_png(deep, {.colour_type = PNG_COLOR_TYPE_GRAY, .bit_depth = 16})},
      {"palette", write_png(index, {.colour_type = PNG_COLOR_TYPE_PALETTE})},
  };
  for (const auto& [label, bytes] : files) {
    EXPECT_FALSE(decode_plain_png(bytes).has_value()) << label;
    auto decoded = decode_png_gray(bytes);
    ASSERT_TRUE(decoded) << label;
    EXPECT_EQ(cv::countNonZero(*decoded != libpng_grey(bytes)), 0) << label;
  }
}

TEST(PngDecoderTest, ImageTooLargeToInflateWholeStreamsThroughLibpng) {
  const cv::Mat rgb = scan_like(100, 100, 3, 8);
  const std::string bytes = write_png(rgb, {});
  const size_t filtered_rows = 100 * (1 + 300);
  EXPECT_TRUE(decode_plain_png(bytes, filtered_rows).has_value());
  EXPECT_FALSE(decode_plain_png(bytes, filtered_rows - 1).has_value());
  auto decoded = decode_png_gray(bytes);
  ASSERT_TRUE(decoded);
  EXPECT_EQ(decoded->size(), rgb.size());
}

TEST(PngDecoderTest, DamagedFilesAreRefusedNotGuessed) {
  const std::string good = write_png(scan_like(60, 80, 3, 7), {});
  ASSERT_TRUE(decode_plain_png(good).has_value());
  std::string flipped = good;
  flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x55);  // inside the image data
  std::string truncated = good.substr(0, good.size() - 40);
  std::string no_end = good.substr(0, good.size() - 12);
  for (const auto& [label, bytes] :
       {std::pair{"flipped byte", flipped}, std::pair{"truncated", truncated}, std::pair{"no IEND", no_end},
        std::pair{"empty", std::string()}, std::pair{"signature only", good.substr(0, 8)}}) {
    EXPECT_FALSE(decode_plain_png(bytes).has_value()) << label;
    if (std::string(label) == "no IEND") continue;  // libpng may still read every row
    auto decoded = decode_png_gray(bytes);
    ASSERT_FALSE(decoded) << label;
    EXPECT_EQ(decoded.error().code, ErrorCode::kCorruptFile) << label;
  }
}

}  // namespace
}  // namespace kycx::ingest
