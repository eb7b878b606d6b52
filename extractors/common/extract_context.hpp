// What every reader gets: the document's pages (words, and images for short
// documents), an OCR engine for re-reading regions, and a way to render a
// page's pixels when only its text layer was loaded. Used by one thread.
#pragma once

#include <functional>
#include <vector>

#include <opencv2/core.hpp>

#include "core/error.hpp"
#include "ocr/ocr_engine.hpp"
#include "ocr/page.hpp"

namespace kycx::extractors {

// Renders page `index` (0-based) as grey pixels at `dpi`, in the ORIGINAL
// page's orientation (no rotation or deskew applied).
using PageRenderer = std::function<Result<cv::Mat>(int index, int dpi)>;

struct ExtractContext {
  const std::vector<ocr::Page>& pages;
  ocr::OcrEngine* ocr = nullptr;          // may be null: no re-reading of regions
  ocr::OcrEngine* precise_ocr = nullptr;  // slower, more accurate model for short regions; may be null
  ocr::OcrEngine* names_ocr = nullptr;    // model that keeps the accents of person names; may be null
  PageRenderer render;                    // may be empty

  // The page's upright image, if kept; else a render in original orientation
  // (with an identity transform), if a renderer is available; else nullopt.
  struct PageImage {
    cv::Mat image;
    ocr::PageTransform transform;  // image pixels -> original page

    // The pixels of `box` (normalised, on the original page): the image
    // rectangle holding its four corners, clipped to the image.
    cv::Rect pixels_of(const BBox& box) const;
  };
  std::optional<PageImage> page_image(int index, int render_dpi = 300) const;
  // Whether page_image(index) can give pixels, without rendering them.
  bool has_pixels(int index) const;
};

}  // namespace kycx::extractors
