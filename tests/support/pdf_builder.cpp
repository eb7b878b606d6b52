#include "tests/support/pdf_builder.hpp"

#include <cstdio>
#include <sstream>

namespace kycx::testing {

namespace {

std::string escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '(' || c == ')' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

std::string text_ops(const std::vector<PdfText>& texts, double height) {
  std::string ops;
  for (const auto& t : texts) {
    ops += "BT " + num(t.gray) + " g " + std::to_string(t.render_mode) + " Tr /F1 " + num(t.size) + " Tf " + num(t.x) +
           " " + num(height - t.y) + " Td (" + escape(t.text) + ") Tj ET\n";
  }
  return ops;
}

}  // namespace

void PdfBuilder::add_text_page(const std::vector<PdfText>& texts, double width, double height) {
  pages_.push_back({text_ops(texts, height), "", 0, 0, width, height, false});
}

void PdfBuilder::add_image_page(const std::string& jpeg, int pixel_width, int pixel_height, double width, double height,
                                const std::vector<PdfText>& texts) {
  const std::string ops = "q " + num(width) + " 0 0 " + num(height) + " 0 0 cm /Im1 Do Q\n" + text_ops(texts, height);
  pages_.push_back({ops, jpeg, pixel_width, pixel_height, width, height, false});
}

void PdfBuilder::add_blank_pages(int count, double width, double height) {
  for (int i = 0; i < count; ++i) pages_.push_back({"", "", 0, 0, width, height, true});
}

std::string PdfBuilder::build() const {
  // Objects: 1 catalog, 2 pages, 3 font, 4 shared empty content, then per page:
  // page object, content stream, and an image when present.
  std::vector<std::string> objects(4);
  objects[2] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
  objects[3] = "<< /Length 0 >>\nstream\n\nendstream";
  std::string kids;
  for (const Page& p : pages_) {
    const int page_id = static_cast<int>(objects.size()) + 1;
    objects.emplace_back();
    int content_id = 4;
    if (!p.blank) {
      content_id = static_cast<int>(objects.size()) + 1;
      objects.push_back("<< /Length " + std::to_string(p.content.size()) + " >>\nstream\n" + p.content + "\nendstream");
    }
    std::string xobject;
    if (!p.jpeg.empty()) {
      const int image_id = static_cast<int>(objects.size()) + 1;
      objects.push_back("<< /Type /XObject /Subtype /Image /Width " + std::to_string(p.pixel_width) + " /Height " +
                        std::to_string(p.pixel_height) +
                        " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length " +
                        std::to_string(p.jpeg.size()) + " >>\nstream\n" + p.jpeg + "\nendstream");
      xobject = " /XObject << /Im1 " + std::to_string(image_id) + " 0 R >>";
    }
    objects[static_cast<size_t>(page_id - 1)] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + num(p.width) + " " +
                                                num(p.height) + "] /Resources << /Font << /F1 3 0 R >>" + xobject +
                                                " >> /Contents " + std::to_string(content_id) + " 0 R >>";
    kids += std::to_string(page_id) + " 0 R ";
  }
  objects[0] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages_.size()) + " >>";

  std::string out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%010zu 00000 n \n", off);
    out += buf;
  }
  out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return out;
}

}  // namespace kycx::testing
