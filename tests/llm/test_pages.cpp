#include "tests/llm/test_pages.hpp"

#include <sstream>

namespace kycx::testing {

ocr::Page page_from_lines(const std::vector<std::string>& lines, int page_number, float confidence) {
  PageInfo info;
  info.page = page_number;
  info.width = 612;
  info.height = 792;
  info.unit = "pt";
  info.text_source = TextSource::kTextLayer;
  ocr::PageTextBuilder builder(info);
  builder.begin_block();
  for (size_t l = 0; l < lines.size(); ++l) {
    builder.begin_line();
    std::istringstream words(lines[l]);
    std::string word;
    double x = 0.05;
    const double y = 0.05 + 0.03 * static_cast<double>(l);
    while (words >> word) {
      const double w = 0.012 * static_cast<double>(word.size());
      builder.add_word(word, BBox{x, y, x + w, y + 0.02}, confidence);
      x += w + 0.01;
    }
  }
  ocr::Page page;
  page.text = std::move(builder).finish();
  return page;
}

std::vector<std::string> w2_lines() {
  return {
      "Form W-2 Wage and Tax Statement 2023",
      "a Employee's social security number 123-45-6789",
      "b Employer identification number (EIN) 12-3456789",
      "c Employer's name Acme Tools Inc",
      "e Employee's name Jane Q Sample",
      "1 Wages, tips, other compensation $52,340.12",
      "2 Federal income tax withheld 6,210.00",
  };
}

}  // namespace kycx::testing
