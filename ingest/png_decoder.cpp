#include "ingest/png_decoder.hpp"

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <memory>
#include <string_view>
#include <vector>

#include <libdeflate.h>
#include <png.h>
#include <sys/mman.h>

namespace kycx::ingest {

namespace {

constexpr std::array<unsigned char, 8> kSignature = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

std::uint32_t read_be32(const unsigned char* p) {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}

// Chunks that change no pixel of a grey or RGB image without transparency.
// Any other ancillary chunk (gAMA, cHRM, sRGB, iCCP, tRNS, sBIT, ...) can
// change libpng's output, so the file goes to libpng.
bool harmless_chunk(std::string_view type) {
  return type == "pHYs" || type == "tEXt" || type == "zTXt" || type == "iTXt" || type == "tIME";
}

struct PlainPng {
  std::uint32_t width = 0;
  std::uint32_t height = 0;
  int channels = 0;                    // 1 grey, 3 RGB
  int bit_depth = 0;                   // 8, or 1 for black and white
  std::vector<std::string_view> idat;  // each IDAT chunk's data, in file order
};

// Walks the chunks; nullopt unless the file is complete, intact and plain.
std::optional<PlainPng> read_chunks(const std::string& bytes) {
  const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
  if (bytes.size() < kSignature.size() || std::memcmp(data, kSignature.data(), kSignature.size()) != 0) {
    return std::nullopt;
  }
  PlainPng png;
  bool header = false;
  bool idat_ended = false;
  size_t offset = kSignature.size();
  while (true) {
    if (bytes.size() - offset < 12) return std::nullopt;  // truncated: no IEND
    const std::uint32_t length = read_be32(data + offset);
    if (length > bytes.size() - offset - 12) return std::nullopt;
    const std::string_view type(bytes.data() + offset + 4, 4);
    const unsigned char* body = data + offset + 8;
    if (libdeflate_crc32(0, data + offset + 4, length + 4) != read_be32(body + length)) return std::nullopt;
    offset += 12 + size_t{length};
    if (!header) {
      if (type != "IHDR" || length != 13) return std::nullopt;
      png.width = read_be32(body);
      png.height = read_be32(body + 4);
      const int bit_depth = body[8], colour_type = body[9];
      const bool plain =
          ((bit_depth == 8 && (colour_type == 0 || colour_type == 2)) || (bit_depth == 1 && colour_type == 0)) &&
          body[10] == 0 && body[11] == 0 && body[12] == 0;  // deflate, adaptive filters, not interlaced
      if (!plain) return std::nullopt;
      png.channels = colour_type == 2 ? 3 : 1;
      png.bit_depth = bit_depth;
      header = true;
    } else if (type == "IDAT") {
      if (idat_ended) return std::nullopt;  // IDAT chunks must be consecutive
      png.idat.emplace_back(reinterpret_cast<const char*>(body), length);
    } else if (type == "IEND") {
      break;
    } else if (harmless_chunk(type)) {
      if (!png.idat.empty()) idat_ended = true;
    } else {
      return std::nullopt;
    }
  }
  const auto max_side = static_cast<std::uint32_t>(std::numeric_limits<int>::max());
  if (png.idat.empty() || png.width == 0 || png.height == 0 || png.width > max_side || png.height > max_side) {
    return std::nullopt;
  }
  return png;
}

// PNG row filters (ISO 15948, 9.2), undone in place. `prior` is the row
// above, already unfiltered (zeros for the first row).
template <int Bpp>
bool unfilter_row(unsigned char filter, unsigned char* row, const unsigned char* prior, size_t length) {
  switch (filter) {
    case 0: return true;
    case 1:
      for (size_t i = Bpp; i < length; ++i) row[i] = static_cast<unsigned char>(row[i] + row[i - Bpp]);
      return true;
    case 2:
      for (size_t i = 0; i < length; ++i) row[i] = static_cast<unsigned char>(row[i] + prior[i]);
      return true;
    case 3:
      for (size_t i = 0; i < Bpp; ++i) row[i] = static_cast<unsigned char>(row[i] + (prior[i] >> 1));
      for (size_t i = Bpp; i < length; ++i) {
        row[i] = static_cast<unsigned char>(row[i] + ((row[i - Bpp] + prior[i]) >> 1));
      }
      return true;
    case 4:
      for (size_t i = 0; i < Bpp; ++i) row[i] = static_cast<unsigned char>(row[i] + prior[i]);
      for (size_t i = Bpp; i < length; ++i) {
        const int left = row[i - Bpp], up = prior[i], up_left = prior[i - Bpp];
        const int estimate = left + up - up_left;
        const int to_left = std::abs(estimate - left), to_up = std::abs(estimate - up),
                  to_up_left = std::abs(estimate - up_left);
        const int predictor = to_left <= to_up && to_left <= to_up_left ? left : to_up <= to_up_left ? up : up_left;
        row[i] = static_cast<unsigned char>(row[i] + predictor);
      }
      return true;
    default: return false;
  }
}

// libpng's RGB-to-grey for 8-bit sRGB input: each channel through its 8-bit
// table to linear light, weighted by the sRGB luminance coefficients
// (15-bit fixed point), and back; a grey pixel passes through unchanged.
// Checked bit for bit against libpng over all 2^24 colours.
struct SrgbToGrey {
  std::array<unsigned char, 256> to_linear{};
  std::array<unsigned char, 256> from_linear{};
  SrgbToGrey() {
    // libpng's exponents: 1 / 0.45455 and 0.45455, rounded as it rounds them.
    const auto table = [](std::array<unsigned char, 256>& out, double exponent) {
      for (int i = 0; i < 256; ++i) {
        out[static_cast<size_t>(i)] =
            (i == 0 || i == 255) ? static_cast<unsigned char>(i)
                                 : static_cast<unsigned char>(std::floor(255.0 * std::pow(i / 255.0, exponent) + 0.5));
      }
    };
    table(to_linear, 2.19998);
    table(from_linear, 0.45455);
  }
  void convert(const unsigned char* rgb, unsigned char* grey, size_t width) const {
    constexpr std::uint32_t kRed = 6968, kGreen = 23434, kBlue = 32768 - kRed - kGreen;
    for (size_t x = 0; x < width; ++x, rgb += 3) {
      const unsigned char r = rgb[0], g = rgb[1], b = rgb[2];
      if (r == g && r == b) {
        grey[x] = r;
      } else {
        const std::uint32_t linear = kRed * to_linear[r] + kGreen * to_linear[g] + kBlue * to_linear[b];
        grey[x] = from_linear[(linear + 16384) >> 15];
      }
    }
  }
};

// The filtered rows, mapped from the kernel and unmapped when done. From
// malloc, a block this size would stay in the thread's arena until the next
// trim, on top of the Tesseract read that follows the decode.
class MappedRows {
 public:
  explicit MappedRows(size_t size) : size_(size) {
    void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    data_ = p == MAP_FAILED ? nullptr : static_cast<unsigned char*>(p);
  }
  ~MappedRows() {
    if (data_ != nullptr) munmap(data_, size_);
  }
  MappedRows(const MappedRows&) = delete;
  MappedRows& operator=(const MappedRows&) = delete;
  unsigned char* get() const { return data_; }

 private:
  size_t size_;
  unsigned char* data_ = nullptr;
};

struct DecompressorDeleter {
  void operator()(libdeflate_decompressor* d) const { libdeflate_free_decompressor(d); }
};

// libpng's simplified reader converts any PNG (palette, 16-bit, colour)
// straight to 8-bit grey.
Result<cv::Mat> decode_with_libpng(const std::string& bytes) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  const auto damaged = [&image] {
    png_image_free(&image);
    return fail(ErrorCode::kCorruptFile, "the PNG image is damaged or truncated and cannot be decoded");
  };
  if (png_image_begin_read_from_memory(&image, bytes.data(), bytes.size()) == 0) return damaged();
  const bool transparent = (image.format & PNG_FORMAT_FLAG_ALPHA) != 0;
  image.format = PNG_FORMAT_GRAY;
  if (image.width == 0 || image.height == 0 ||
      image.width > static_cast<png_uint_32>(std::numeric_limits<int>::max()) ||
      image.height > static_cast<png_uint_32>(std::numeric_limits<int>::max())) {
    return damaged();
  }
  // Transparent pixels are laid over what the buffer holds: white paper.
  cv::Mat gray(static_cast<int>(image.height), static_cast<int>(image.width), CV_8UC1);
  if (transparent) gray.setTo(255);
  if (png_image_finish_read(&image, nullptr, gray.data, static_cast<png_int_32>(gray.step), nullptr) == 0) {
    return damaged();
  }
  return gray;
}

}  // namespace

std::optional<cv::Mat> decode_plain_png(const std::string& bytes, size_t max_inflated_bytes) {
  auto png = read_chunks(bytes);
  if (!png) return std::nullopt;
  const size_t row_length =
      png->bit_depth == 1 ? (size_t{png->width} + 7) / 8 : size_t{png->width} * static_cast<size_t>(png->channels);
  size_t raw_size = 0;
  if (__builtin_mul_overflow(row_length + 1, size_t{png->height}, &raw_size) || raw_size > max_inflated_bytes) {
    return std::nullopt;
  }

  // One call inflates the whole image (libdeflate: ~12x zlib's speed on
  // scans), at the cost of holding the filtered rows: 3 bytes a pixel for RGB.
  std::unique_ptr<libdeflate_decompressor, DecompressorDeleter> inflater(libdeflate_alloc_decompressor());
  if (!inflater) return std::nullopt;
  const MappedRows raw(raw_size);
  if (raw.get() == nullptr) return std::nullopt;
  std::string joined;  // the compressed stream, when it spans several chunks
  if (png->idat.size() > 1) {
    for (const std::string_view part : png->idat) joined.append(part);
  }
  const std::string_view compressed = png->idat.size() == 1 ? png->idat.front() : std::string_view(joined);
  if (libdeflate_zlib_decompress(inflater.get(), compressed.data(), compressed.size(), raw.get(), raw_size, nullptr) !=
      LIBDEFLATE_SUCCESS) {
    return std::nullopt;  // damaged, or not exactly one image's worth of rows
  }
  inflater.reset();

  static const SrgbToGrey kToGrey;
  const std::vector<unsigned char> zeros(row_length, 0);
  cv::Mat grey(static_cast<int>(png->height), static_cast<int>(png->width), CV_8UC1);
  const unsigned char* prior = zeros.data();
  for (std::uint32_t y = 0; y < png->height; ++y) {
    unsigned char* line = raw.get() + size_t{y} * (row_length + 1);
    unsigned char* row = line + 1;
    const bool ok = png->channels == 3 ? unfilter_row<3>(line[0], row, prior, row_length)
                                       : unfilter_row<1>(line[0], row, prior, row_length);
    if (!ok) return std::nullopt;
    auto* out = grey.ptr<unsigned char>(static_cast<int>(y));
    if (png->channels == 3) {
      kToGrey.convert(row, out, png->width);
    } else if (png->bit_depth == 1) {
      for (std::uint32_t x = 0; x < png->width; ++x) out[x] = (row[x >> 3] >> (7 - (x & 7))) & 1 ? 255 : 0;
    } else {
      std::memcpy(out, row, row_length);
    }
    prior = row;
  }
  return grey;
}

Result<cv::Mat> decode_png_gray(const std::string& bytes) {
  if (auto plain = decode_plain_png(bytes)) return std::move(*plain);
  return decode_with_libpng(bytes);
}

}  // namespace kycx::ingest
