// Writes small, valid PDF files for tests: pages with text in Helvetica (a
// real text layer), pages holding a JPEG image (a "scan"), blank pages.
// Not thread-safe; build one per test.
#pragma once

#include <string>
#include <vector>

namespace kycx::testing {

struct PdfText {
  double x = 72;        // points from the left edge to the start of the baseline
  double y = 72;        // points from the TOP edge to the baseline
  double size = 12;     // font size in points
  std::string text;     // ASCII
  int render_mode = 0;  // 0 visible fill, 3 invisible (as OCR'd scans carry)
  double gray = 0;      // fill colour: 0 black .. 1 white
};

class PdfBuilder {
 public:
  void add_text_page(const std::vector<PdfText>& texts, double width = 612, double height = 792);
  // A page showing a baseline JPEG stretched over the whole page, with optional text on top.
  void add_image_page(const std::string& jpeg, int pixel_width, int pixel_height, double width = 612,
                      double height = 792, const std::vector<PdfText>& texts = {});
  // `count` pages sharing one empty content stream (cheap even for thousands).
  void add_blank_pages(int count, double width = 612, double height = 792);
  std::string build() const;

 private:
  struct Page {
    std::string content;
    std::string jpeg;
    int pixel_width = 0;
    int pixel_height = 0;
    double width = 612;
    double height = 792;
    bool blank = false;
  };
  std::vector<Page> pages_;
};

}  // namespace kycx::testing
