#include "extractors/extract_context.hpp"

namespace kycx::extractors {

std::optional<ExtractContext::PageImage> ExtractContext::page_image(int index, int render_dpi) const {
  if (index < 0 || index >= static_cast<int>(pages.size())) return std::nullopt;
  const ocr::Page& page = pages[static_cast<size_t>(index)];
  if (!page.image.empty() && page.image_transform) return PageImage{page.image, *page.image_transform};
  if (!render) return std::nullopt;
  auto pixels = render(index, render_dpi);
  if (!pixels || pixels->empty()) return std::nullopt;
  ocr::PageTransform identity(pixels->cols, pixels->rows);
  return PageImage{*pixels, identity};
}

}  // namespace kycx::extractors
