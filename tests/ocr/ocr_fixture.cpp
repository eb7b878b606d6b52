#include "tests/ocr/ocr_fixture.hpp"

#include <stdexcept>

#include <opencv2/core.hpp>

#include "ingest/document_reader.hpp"
#include "tests/support/pdf_builder.hpp"

namespace kycx::testing {

KnownPage render_known_page() {
  PdfBuilder pdf;
  pdf.add_text_page({
      {72, 90, 20, "FIRST NATIONAL TRUST BANK"},
      {72, 140, 12, "Statement period March 1, 2026 to March 31, 2026"},
      {72, 170, 12, "Account holder Maria Lopez Garcia"},
      {72, 200, 12, "Account number 4417 2290 1183"},
      {72, 250, 12, "Opening balance 4,210.55"},
      {72, 280, 12, "Deposits and credits 2,450.00"},
      {72, 310, 12, "Withdrawals and debits 1,312.40"},
      {72, 340, 12, "Closing balance 5,348.15"},
      {72, 400, 12, "03/04 Grocery market purchase 86.20"},
      {72, 430, 12, "03/09 Payroll deposit employer 2,450.00"},
      {72, 460, 12, "03/15 Electric utility payment 112.80"},
  });
  auto bytes = std::make_shared<const std::string>(pdf.build());
  auto reader = ingest::open_document(bytes, {});
  if (!reader) throw std::runtime_error(reader.error().message);
  auto page = (*reader)->load_page(0);
  if (!page || !page->text_layer) throw std::runtime_error("fixture PDF has no text layer");
  auto image = (*reader)->render_page(0, 300);
  if (!image) throw std::runtime_error(image.error().message);
  return {*image, *page->text_layer};
}

cv::Mat turn_clockwise(const cv::Mat& image, int degrees) {
  cv::Mat out;
  switch (degrees) {
    case 90: cv::rotate(image, out, cv::ROTATE_90_CLOCKWISE); break;
    case 180: cv::rotate(image, out, cv::ROTATE_180); break;
    case 270: cv::rotate(image, out, cv::ROTATE_90_COUNTERCLOCKWISE); break;
    default: out = image.clone();
  }
  return out;
}

BBox turn_box_clockwise(const BBox& b, int degrees) {
  switch (degrees) {
    case 90: return {1 - b.y1, b.x0, 1 - b.y0, b.x1};
    case 180: return {1 - b.x1, 1 - b.y1, 1 - b.x0, 1 - b.y0};
    case 270: return {b.y0, 1 - b.x1, b.y1, 1 - b.x0};
    default: return b;
  }
}

}  // namespace kycx::testing
