#include "extractors/common/extract_context.hpp"

#include <algorithm>
#include <cmath>

namespace kycx::extractors {

namespace {

bool image_kept(const ocr::Page& page) {
  return !page.image.empty() && page.image_transform.has_value();
}

}  // namespace

bool ExtractContext::has_pixels(int index) const {
  if (index < 0 || index >= static_cast<int>(pages.size())) return false;
  return image_kept(pages[static_cast<size_t>(index)]) || static_cast<bool>(render);
}

std::optional<ExtractContext::PageImage> ExtractContext::page_image(int index, int render_dpi) const {
  if (index < 0 || index >= static_cast<int>(pages.size())) return std::nullopt;
  const ocr::Page& page = pages[static_cast<size_t>(index)];
  if (image_kept(page)) return PageImage{page.image, *page.image_transform};
  if (!render) return std::nullopt;
  auto pixels = render(index, render_dpi);
  if (!pixels || pixels->empty()) return std::nullopt;
  ocr::PageTransform identity(pixels->cols, pixels->rows);
  return PageImage{*pixels, identity};
}

cv::Rect ExtractContext::PageImage::pixels_of(const BBox& box) const {
  const double w0 = transform.original_width(), h0 = transform.original_height();
  double x0 = 1e18, y0 = 1e18, x1 = -1e18, y1 = -1e18;
  for (const auto& [x, y] : {std::pair{box.x0, box.y0}, {box.x1, box.y0}, {box.x0, box.y1}, {box.x1, box.y1}}) {
    const cv::Vec3d p = transform.forward() * cv::Vec3d(x * w0, y * h0, 1.0);
    x0 = std::min(x0, p[0]), y0 = std::min(y0, p[1]), x1 = std::max(x1, p[0]), y1 = std::max(y1, p[1]);
  }
  return cv::Rect(cv::Point(static_cast<int>(std::floor(x0)), static_cast<int>(std::floor(y0))),
                  cv::Point(static_cast<int>(std::ceil(x1)), static_cast<int>(std::ceil(y1)))) &
         cv::Rect(0, 0, image.cols, image.rows);
}

}  // namespace kycx::extractors
