// libFuzzer harness: the PNG path of ingest. The bytes of a file that sniffs
// as PNG are opened by ImageReader (header read, pixel limit checked) and
// decoded to grey (the one-pass plain decoder, else libpng). Where the plain
// decoder takes the file, its pixels must equal libpng's own reading.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include <opencv2/core.hpp>
#include <png.h>

#include "ingest/image_reader.hpp"
#include "ingest/media_type.hpp"
#include "ingest/png_decoder.hpp"

namespace {

using namespace kycx::ingest;

// The reference for the plain decoder: libpng's simplified reader.
cv::Mat libpng_grey(const std::string& bytes) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  if (png_image_begin_read_from_memory(&image, bytes.data(), bytes.size()) == 0) return {};
  image.format = PNG_FORMAT_GRAY;
  cv::Mat grey(static_cast<int>(image.height), static_cast<int>(image.width), CV_8UC1, cv::Scalar(255));
  if (png_image_finish_read(&image, nullptr, grey.data, static_cast<png_int_32>(grey.step), nullptr) == 0) {
    png_image_free(&image);
    return {};
  }
  return grey;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto bytes = std::make_shared<const std::string>(reinterpret_cast<const char*>(data), size);
  if (sniff_media_type(*bytes) != MediaType::kPng) return -1;  // not PNG: not worth keeping in the corpus
  // A smaller pixel limit than the default 60 MP keeps each input fast; the
  // header check before decoding is the same.
  const IngestLimits limits{.max_page_pixels = 4e6};
  auto reader = ImageReader::open(bytes, MediaType::kPng, limits);
  if (!reader) return 0;
  auto page = (*reader)->load_page(0);
  if (page && (page->image.empty() || page->image.type() != CV_8UC1)) std::abort();

  if (auto plain = decode_plain_png(*bytes)) {
    if (!page || plain->size() != page->image.size()) std::abort();
    const cv::Mat reference = libpng_grey(*bytes);
    if (!reference.empty() && (reference.size() != plain->size() || cv::norm(reference, *plain, cv::NORM_INF) != 0)) {
      std::abort();  // the plain decoder's pixels differ from libpng's
    }
  }
  return 0;
}
