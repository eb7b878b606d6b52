#include "tests/support/bad_files.hpp"

#include <array>
#include <cstdint>

#include <opencv2/imgproc.hpp>

#include "ingest/document_reader.hpp"
#include "tests/support/pdf_builder.hpp"
#include "tests/support/test_files.hpp"

namespace kycx::testing {

namespace {

std::uint32_t crc32(const std::string& data) {
  std::uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char c : data) {
    crc ^= c;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

std::string be32(std::uint32_t v) {
  return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8), static_cast<char>(v)};
}

std::string png_chunk(const std::string& type, const std::string& data) {
  return be32(static_cast<std::uint32_t>(data.size())) + type + data + be32(crc32(type + data));
}

void le16(std::string& s, std::uint16_t v) {
  s.push_back(static_cast<char>(v & 0xFF));
  s.push_back(static_cast<char>(v >> 8));
}
void le32(std::string& s, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) s.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

}  // namespace

std::string small_text_pdf() {
  PdfBuilder pdf;
  pdf.add_text_page({{72, 100, 14, "Hello kycx, this page has a real text layer."},
                     {72, 130, 12, "Second line with account number 1234 5678."}});
  return pdf.build();
}

std::string scan_with_text_layer(const std::vector<PdfText>& texts, const std::vector<PdfText>& layer) {
  PdfBuilder original;
  original.add_text_page(texts);
  auto reader = ingest::open_document(std::make_shared<const std::string>(original.build()), {});
  auto image = (*reader)->render_page(0, 150);
  PdfBuilder scan;
  scan.add_image_page(encode_image(*image, ".jpg"), image->cols, image->rows, 612, 792, layer);
  return scan.build();
}

std::string scanned_pdf() {
  const cv::Mat img = text_image({"SCANNED PAGE", "NO TEXT LAYER HERE"}, 1275, 120);
  PdfBuilder pdf;
  pdf.add_image_page(encode_image(img, ".jpg"), img.cols, img.rows, 612, 612.0 * img.rows / img.cols);
  return pdf.build();
}

std::string blank_pages_pdf(int pages) {
  PdfBuilder pdf;
  pdf.add_blank_pages(pages);
  return pdf.build();
}

std::string png_declaring(unsigned width, unsigned height) {
  std::string ihdr = be32(width) + be32(height);
  ihdr += std::string("\x08\x00\x00\x00\x00", 5);  // 8-bit grey, deflate, no filter, no interlace
  // A tiny (invalid-for-that-size) IDAT: decoding must never be attempted.
  const std::string idat("\x78\x9c\x03\x00\x00\x00\x00\x01", 8);
  return std::string("\x89PNG\r\n\x1a\n", 8) + png_chunk("IHDR", ihdr) + png_chunk("IDAT", idat) +
         png_chunk("IEND", "");
}

std::string jpeg_declaring(unsigned width, unsigned height) {
  std::string jpeg = encode_image(cv::Mat(8, 8, CV_8UC1, cv::Scalar(255)), ".jpg");
  // Markers after SOI (FF D8) each carry a 2-byte big-endian length; in a
  // frame header the height and width follow the sample precision.
  size_t at = 2;
  while (at + 9 <= jpeg.size() && static_cast<unsigned char>(jpeg[at]) == 0xFF) {
    const auto marker = static_cast<unsigned char>(jpeg[at + 1]);
    if (marker == 0xC0) {
      jpeg[at + 5] = static_cast<char>(height >> 8);
      jpeg[at + 6] = static_cast<char>(height & 0xFF);
      jpeg[at + 7] = static_cast<char>(width >> 8);
      jpeg[at + 8] = static_cast<char>(width & 0xFF);
      return jpeg;
    }
    at += 2 + ((static_cast<size_t>(static_cast<unsigned char>(jpeg[at + 2])) << 8) |
               static_cast<unsigned char>(jpeg[at + 3]));
  }
  return "";  // OpenCV wrote no baseline frame header
}

std::string tiff_declaring(std::uint32_t width, std::uint32_t height) {
  std::string t = "II";
  le16(t, 42);
  le32(t, 8);
  const std::uint16_t entries = 8;
  le16(t, entries);
  const std::uint32_t data_offset = 8 + 2 + entries * 12 + 4;
  auto tag = [&](std::uint16_t id, std::uint16_t type, std::uint32_t count, std::uint32_t value) {
    le16(t, id);
    le16(t, type);
    le32(t, count);
    le32(t, value);
  };
  tag(256, 4, 1, width);        // ImageWidth
  tag(257, 4, 1, height);       // ImageLength
  tag(258, 3, 1, 8);            // BitsPerSample
  tag(259, 3, 1, 1);            // Compression: none
  tag(262, 3, 1, 1);            // Photometric: min-is-black
  tag(273, 4, 1, data_offset);  // StripOffsets
  tag(278, 4, 1, height);       // RowsPerStrip
  tag(279, 4, 1, 256);          // StripByteCounts
  le32(t, 0);                   // no next IFD
  t.append(256, '\x7f');
  return t;
}

std::string corrupt_jpeg() {
  const cv::Mat img = text_image({"CORRUPT JPEG"}, 800, 100);
  std::string jpeg = encode_image(img, ".jpg");
  jpeg.resize(jpeg.size() / 3);
  for (size_t i = 0; i < 64; ++i) jpeg.push_back(static_cast<char>((i * 37) & 0xFF));
  return jpeg;
}

std::string tiff_with_unsupported_compression() {
  // Little-endian TIFF, one 16x16 8-bit grey strip "compressed" with
  // compression 34712 (JPEG 2000), which libtiff does not decode.
  std::string t = "II";
  le16(t, 42);
  le32(t, 8);
  const std::uint16_t entries = 8;
  le16(t, entries);
  const std::uint32_t data_offset = 8 + 2 + entries * 12 + 4;
  auto tag = [&](std::uint16_t id, std::uint16_t type, std::uint32_t count, std::uint32_t value) {
    le16(t, id);
    le16(t, type);
    le32(t, count);
    le32(t, value);
  };
  tag(256, 4, 1, 16);           // ImageWidth
  tag(257, 4, 1, 16);           // ImageLength
  tag(258, 3, 1, 8);            // BitsPerSample
  tag(259, 3, 1, 34712);        // Compression: JPEG 2000
  tag(262, 3, 1, 1);            // Photometric: min-is-black
  tag(273, 4, 1, data_offset);  // StripOffsets
  tag(278, 4, 1, 16);           // RowsPerStrip
  tag(279, 4, 1, 256);          // StripByteCounts
  le32(t, 0);                   // no next IFD
  t.append(256, '\x7f');
  return t;
}

std::string encrypt_pdf(const std::string& pdf, const std::string& user_password) {
  if (find_program("qpdf").empty()) return "";
  TempDir dir;
  const auto in = dir.write("in.pdf", pdf);
  const auto out = dir.path() / "out.pdf";
  const std::string cmd =
      "qpdf --encrypt '" + user_password + "' owner-secret 256 -- '" + in.string() + "' '" + out.string() + "' 2>&1";
  if (run_command(cmd) != 0) return "";
  return read_bytes(out);
}

}  // namespace kycx::testing
