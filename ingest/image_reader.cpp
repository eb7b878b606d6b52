#include "ingest/image_reader.hpp"

#include <bit>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>
#include <vector>

#include <leptonica/allheaders.h>

#include "ingest/page_shape.hpp"
#include "ingest/png_decoder.hpp"

namespace kycx::ingest {

namespace {

struct PixDeleter {
  void operator()(PIX* pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<PIX, PixDeleter>;

// A Leptonica word's bytes, leftmost pixel first, as they should lie in memory.
std::uint32_t to_memory_order(std::uint32_t word) {
  if constexpr (std::endian::native == std::endian::little) return __builtin_bswap32(word);
  return word;
}

struct FileDeleter {
  void operator()(FILE* f) const { std::fclose(f); }
};

const l_uint8* data_of(const std::string& bytes) {
  return reinterpret_cast<const l_uint8*>(bytes.data());
}

std::string page_label(MediaType type, int index) {
  return type == MediaType::kTiff ? "page " + std::to_string(index + 1) + " of the TIFF" : "the image";
}

std::string format_name(MediaType type) {
  switch (type) {
    case MediaType::kPng: return "PNG";
    case MediaType::kJpeg: return "JPEG";
    default: return "TIFF";
  }
}

// Copies an 8-bpp Leptonica image into an owned grey Mat. Leptonica keeps
// the bytes of each 32-bit word in big-endian order.
cv::Mat to_mat(PIX* pix8) {
  const int w = static_cast<int>(pixGetWidth(pix8)), h = static_cast<int>(pixGetHeight(pix8));
  const l_int32 wpl = pixGetWpl(pix8);
  const l_uint32* data = pixGetData(pix8);
  cv::Mat out(h, w, CV_8UC1);
  std::vector<std::uint32_t> row(static_cast<size_t>(wpl));
  for (int y = 0; y < h; ++y) {
    const l_uint32* line = data + static_cast<ptrdiff_t>(y) * wpl;
    for (l_int32 i = 0; i < wpl; ++i) row[static_cast<size_t>(i)] = to_memory_order(line[i]);
    std::memcpy(out.ptr<unsigned char>(y), row.data(), static_cast<size_t>(w));
  }
  return out;
}

struct DeclaredSize {
  int width = 0;
  int height = 0;
};

// The size a JPEG's frame header (SOFn) declares, read here because libjpeg
// calls a side over 65500 pixels an error while reading the header, and a
// 65535 x 65535 bomb would pass for a damaged file. Nothing when no frame
// header with a size comes before the scan data.
std::optional<DeclaredSize> jpeg_frame_size(const std::string& bytes) {
  auto byte = [&](size_t i) { return static_cast<unsigned>(static_cast<unsigned char>(bytes[i])); };
  size_t at = 2;  // after SOI
  while (at + 4 <= bytes.size()) {
    if (byte(at) != 0xFF) return std::nullopt;
    const unsigned marker = byte(at + 1);
    if (marker == 0xFF) {  // fill byte
      ++at;
      continue;
    }
    if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {  // TEM, RSTn: no length
      at += 2;
      continue;
    }
    if (marker == 0xD9 || marker == 0xDA) return std::nullopt;  // EOI, SOS
    const size_t length = (byte(at + 2) << 8) | byte(at + 3);
    const bool frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    if (frame) {
      if (length < 7 || at + 9 > bytes.size()) return std::nullopt;
      const DeclaredSize size{.width = static_cast<int>((byte(at + 7) << 8) | byte(at + 8)),
                              .height = static_cast<int>((byte(at + 5) << 8) | byte(at + 6))};
      if (size.width == 0 || size.height == 0) return std::nullopt;  // height defined later (DNL)
      return size;
    }
    if (length < 2) return std::nullopt;
    at += 2 + length;
  }
  return std::nullopt;
}

}  // namespace

Result<std::shared_ptr<const DocumentReader>> ImageReader::open(std::shared_ptr<const std::string> bytes,
                                                                MediaType type, const IngestLimits& limits) {
  const std::string name = format_name(type);
  std::vector<PageHeader> pages;
  if (type == MediaType::kTiff) {
    std::unique_ptr<FILE, FileDeleter> f(fopenReadFromMemory(data_of(*bytes), bytes->size()));
    l_int32 n = 0;
    if (!f || tiffGetCount(f.get(), &n) != 0 || n <= 0) {
      return fail(ErrorCode::kCorruptFile, "the TIFF is damaged or truncated and cannot be read");
    }
    if (n > limits.max_pages) {
      return fail(ErrorCode::kTooLarge, "the TIFF has " + std::to_string(n) + " pages, over the limit of " +
                                            std::to_string(limits.max_pages) + " per document");
    }
    for (l_int32 i = 0; i < n; ++i) {
      l_int32 w = 0, h = 0, bps = 0, spp = 0, res = 0, cmap = 0, format = 0;
      if (readHeaderMemTiff(data_of(*bytes), bytes->size(), i, &w, &h, &bps, &spp, &res, &cmap, &format) != 0) {
        return fail(ErrorCode::kCorruptFile, "page " + std::to_string(i + 1) + " of the TIFF is damaged");
      }
      pages.push_back({w, h, res});
    }
  } else {
    l_int32 format = 0, w = 0, h = 0, bps = 0, spp = 0, cmap = 0;
    const std::optional<DeclaredSize> declared =
        type == MediaType::kJpeg ? jpeg_frame_size(*bytes) : std::optional<DeclaredSize>();
    if (declared) {
      w = declared->width;
      h = declared->height;
    } else if (pixReadHeaderMem(data_of(*bytes), bytes->size(), &format, &w, &h, &bps, &spp, &cmap) != 0) {
      return fail(ErrorCode::kCorruptFile, "the " + name + " image is damaged or truncated and cannot be read");
    }
    pages.push_back({w, h, 0});
  }
  for (size_t i = 0; i < pages.size(); ++i) {
    const double pixels = double(pages[i].width) * pages[i].height;
    if (pages[i].width <= 0 || pages[i].height <= 0) {
      return fail(ErrorCode::kCorruptFile, page_label(type, int(i)) + " declares no size");
    }
    if (pixels > limits.max_page_pixels) {
      return fail(ErrorCode::kTooLarge, page_label(type, int(i)) + " declares " + std::to_string(pages[i].width) +
                                            " x " + std::to_string(pages[i].height) + " pixels, over the limit of " +
                                            std::to_string(static_cast<long long>(limits.max_page_pixels / 1e6)) +
                                            " megapixels per page (a scan at 300 DPI needs about 9)");
    }
    const std::string size = page_label(type, int(i)) + " is " + std::to_string(pages[i].width) + " x " +
                             std::to_string(pages[i].height) + " pixels";
    if (auto shape = check_page_aspect(pages[i].width, pages[i].height, limits, size); !shape) {
      return tl::unexpected(shape.error());
    }
  }
  return std::shared_ptr<const DocumentReader>(new ImageReader(std::move(bytes), type, std::move(pages)));
}

ImageReader::ImageReader(std::shared_ptr<const std::string> bytes, MediaType type, std::vector<PageHeader> pages)
    : bytes_(std::move(bytes)), type_(type), pages_(std::move(pages)) {}

Result<cv::Mat> ImageReader::decode(int index) const {
  if (type_ == MediaType::kPng) return decode_png_gray(*bytes_);
  // JPEG: only the luminance plane is decoded (libjpeg skips the colour
  // planes). TIFF: the page asked for.
  PixPtr pix(type_ == MediaType::kTiff
                 ? pixReadMemTiff(data_of(*bytes_), bytes_->size(), index)
                 : pixReadMemJpeg(data_of(*bytes_), bytes_->size(), 0, 1, nullptr, L_JPEG_READ_LUMINANCE));
  if (!pix) {
    if (type_ == MediaType::kTiff) {
      return fail(ErrorCode::kCorruptFile, page_label(type_, index) +
                                               " cannot be decoded (damaged, or a compression kycx does not "
                                               "support); re-save it as PNG, JPEG or LZW/Group 4 TIFF");
    }
    return fail(ErrorCode::kCorruptFile,
                "the " + format_name(type_) + " image is damaged or truncated and cannot be decoded");
  }
  PixPtr gray(pixConvertTo8(pix.get(), 0));
  if (!gray) return fail(ErrorCode::kCorruptFile, page_label(type_, index) + " has an unsupported pixel format");
  return to_mat(gray.get());
}

Result<PageContent> ImageReader::load_page(int index) const {
  auto image = decode(index);
  if (!image) return tl::unexpected(image.error());
  PageContent content;
  content.info.page = index + 1;
  content.info.width = image->cols;
  content.info.height = image->rows;
  content.info.unit = "px";
  content.info.dpi = pages_[static_cast<size_t>(index)].dpi;
  content.info.text_source = TextSource::kOcr;
  content.image = std::move(*image);
  return content;
}

Result<cv::Mat> ImageReader::render_page(int index, int /*dpi*/) const {
  return decode(index);
}

}  // namespace kycx::ingest
