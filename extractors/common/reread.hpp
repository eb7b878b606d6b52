// Second readings of parts of a page: a region cut from the page image and
// read again alone (read_crop, the one crop-and-read every reader uses), and
// on top of it the second reading of a value the page's OCR was unsure of,
// with the precise model when there is one (or the names model:
// name_reread.hpp). Used by one thread (the context's engines are).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/field.hpp"
#include "extractors/common/extract_context.hpp"
#include "extractors/common/layout_fields.hpp"
#include "ocr/page_text.hpp"
#include "ocr/page_transform.hpp"

namespace kycx::extractors {

// Which engine reads a region again.
enum class RereadModel {
  kPrecise,  // the precise model when there is one, else the page's
  kNames,    // the names model (context.names_ocr) only
  kPage,     // the page's model (context.ocr) only
};

struct CropOptions {
  RereadModel model = RereadModel::kPrecise;
  ocr::SegmentationMode mode = ocr::SegmentationMode::kSingleLine;
  std::string whitelist;  // characters the text may hold; empty: any
  double scale = 1.0;     // the crop enlarged this much before reading (cubic)
  double dpi = 300;       // pixels per inch of the page image, before `scale`
  int min_side = 4;       // px; a smaller crop is not read
};

// What read_crop read: the engine's text, its boxes in the enlarged crop's
// pixels, and the way back to the original page.
struct CropReading {
  ocr::PageText text;
  cv::Size size;  // of the enlarged crop
  // A box of `text` as a normalised box of the original page.
  BBox to_page(const BBox& crop_box) const;

  cv::Rect rect;  // the crop in the page image's pixels
  double scale = 1.0;
  ocr::PageTransform transform;  // page image pixels -> original page
};

// The pixels of `box` (normalised, on the original page `page`, counted from
// 0) cut from the page image, enlarged by options.scale and read by the chosen
// engine; nullopt without that engine or a page image, for a crop under
// options.min_side, or when OCR fails.
std::optional<CropReading> read_crop(const ExtractContext& context, int page, const BBox& box,
                                     const CropOptions& options = {});

struct RereadOptions {
  double below_confidence = 0.9;  // re-read fields whose lowest word confidence is under this
  double pad = 0.5;               // box heights added around the value's box
  std::string whitelist;          // characters the value may hold; empty: any
  RereadModel model = RereadModel::kPrecise;
  // Read the crop as a block and keep the line through its middle: the crop
  // of a tilted value's box holds parts of the lines above and below.
  bool middle_line = false;
  // The crop enlarged this much before reading: small marks (accents) that
  // resampling a tilted scan blurred read better with more pixels.
  double scale = 1.0;
};

// The text read in `box` (normalised, on the original page `page`, counted
// from 0) as one line, with the lowest word confidence; nullopt without an
// engine or a page image, or when nothing was read.
struct Reread {
  std::string text;
  double confidence = 0;
};
std::optional<Reread> reread_region(const ExtractContext& context, int page, const BBox& box,
                                    const RereadOptions& options = {});

// Turns re-read text into the field's canonical value; nullopt when it is not one.
using ValueParser = std::function<std::optional<std::string>(std::string_view text)>;

// `field` checked by a second reading of its first source when its OCR
// confidence is under options.below_confidence: the same value counts as a
// second agreeing reading. A different one replaces it (a tight crop reads
// better than the whole page) unless a third reading, the page's model on
// the crop, sides with the page; either way the readings disagreed.
Field reread_if_unsure(const ExtractContext& context, Field field, const ValueParser& parse,
                       const RereadOptions& options = {});

// A field from a second reading of words the page's OCR could not make a
// value of (a W-2 box read as "18656. 7/1"): their region read again and
// parsed; nullopt when that gives no value either.
std::optional<Field> reread_words(const ExtractContext& context, const FormLayout& layout, const LayoutSpan& words,
                                  const ValueParser& parse, const RereadOptions& options = {});

}  // namespace kycx::extractors
