#include "ocr/preprocessor.hpp"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

#include "ocr/image_analysis.hpp"

namespace kycx::ocr {

namespace {

constexpr double kDecidedUprightEvidence = 8.0;  // Leptonica's own threshold for a clear up/down call

void rotate90(const cv::Mat& in, cv::Mat& out, int clockwise_degrees) {
  switch (clockwise_degrees) {
    case 90: cv::rotate(in, out, cv::ROTATE_90_CLOCKWISE); return;
    case 180: cv::rotate(in, out, cv::ROTATE_180); return;
    case 270: cv::rotate(in, out, cv::ROTATE_90_COUNTERCLOCKWISE); return;
    default: out = in; return;
  }
}

// Divides out a smooth background estimate so that uneven light and grey
// paper become white. Leaves an evenly lit page untouched.
cv::Mat flatten_background(const cv::Mat& gray) {
  constexpr double kShrink = 8.0;
  if (gray.cols < 8 * kShrink || gray.rows < 8 * kShrink) return gray;  // too small to have a background
  cv::Mat small, background;
  cv::resize(gray, small, cv::Size(), 1 / kShrink, 1 / kShrink, cv::INTER_AREA);
  const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(9, 9));
  cv::morphologyEx(small, background, cv::MORPH_CLOSE, kernel);
  double lo = 0, hi = 0;
  cv::minMaxLoc(background, &lo, &hi);
  cv::Scalar mean = cv::mean(background);
  if (hi - lo < 25 && mean[0] > 200) return gray;  // already even
  cv::Mat full;
  cv::resize(background, full, gray.size(), 0, 0, cv::INTER_LINEAR);
  cv::max(full, 1, full);
  cv::Mat out;
  cv::divide(gray, full, out, 255.0);
  return out;
}

// The part of the processed image (after the steps of `tf`) holding the
// page's ink plus a margin, or an empty rectangle when that part is over
// `max_share` of the page (nothing worth cutting away). `ink` is the
// original page's ink mask at `mask_scale`.
cv::Rect content_area(const cv::Mat& ink, double mask_scale, const PageTransform& tf, std::optional<double> blob_height,
                      double max_share) {
  cv::Rect r = ink_bounds(ink);
  if (r.empty()) return {};
  const int margin =
      static_cast<int>(std::ceil(std::max(3.0 * blob_height.value_or(0.0), 0.02 * std::max(ink.cols, ink.rows))));
  r = cv::Rect(r.x - margin, r.y - margin, r.width + 2 * margin, r.height + 2 * margin) &
      cv::Rect(0, 0, ink.cols, ink.rows);
  if (double(r.area()) > max_share * double(ink.total())) return {};
  double x0 = 1e18, y0 = 1e18, x1 = -1e18, y1 = -1e18;
  for (const cv::Point2d corner : {cv::Point2d(r.x, r.y), cv::Point2d(r.x + r.width, r.y),
                                   cv::Point2d(r.x, r.y + r.height), cv::Point2d(r.x + r.width, r.y + r.height)}) {
    const cv::Vec3d v = tf.forward() * cv::Vec3d(corner.x / mask_scale, corner.y / mask_scale, 1.0);
    x0 = std::min(x0, v[0] / v[2]);
    y0 = std::min(y0, v[1] / v[2]);
    x1 = std::max(x1, v[0] / v[2]);
    y1 = std::max(y1, v[1] / v[2]);
  }
  const cv::Size size = tf.processed_size();
  const cv::Rect area(cv::Point(static_cast<int>(std::floor(x0)), static_cast<int>(std::floor(y0))),
                      cv::Point(static_cast<int>(std::ceil(x1)), static_cast<int>(std::ceil(y1))));
  return area & cv::Rect(0, 0, size.width, size.height);
}

}  // namespace

void Preprocessor::orient(PreparedPage& page, const cv::Mat& gray, int dpi, const cv::Mat& ink,
                          std::optional<double> blob_height, OrientationDetector* osd) const {
  // Row and column profiles tell sideways pages for free; Leptonica's
  // ascender/descender test (off by default) tells upside-down text when it
  // is clear. What stays undecided is settled after OCR (recognize_upright):
  // an upside-down page reads poorly and is read again turned. Tesseract's
  // OSD (slow, and unreliable on ID cards) only picks between 90 and 270, on
  // a reduced copy.
  if (!text_runs_vertically(ink)) {
    const double evidence = blob_height && options_.upside_down_test ? upright_evidence(ink, *blob_height) : 0.0;
    const bool upside_down = evidence < -kDecidedUprightEvidence;
    page.rotation = upside_down ? 180 : 0;
    page.upright_evidence = upside_down ? -evidence : evidence;
    return;
  }
  page.rotation = 90;
  if (osd == nullptr) return;
  double scale = 1.0;
  cv::Mat probe = gray;
  const int side = std::max(gray.cols, gray.rows);
  if (side > options_.orientation_side) {
    scale = double(options_.orientation_side) / side;
    cv::resize(gray, probe, cv::Size(), scale, scale, cv::INTER_AREA);
  }
  const int probe_dpi = dpi > 0 ? static_cast<int>(dpi * scale) : 150;
  auto orientation = osd->detect(probe, probe_dpi);
  if (orientation && orientation->rotate_clockwise == 270) page.rotation = 270;
}

PreparedPage turned_half(const PreparedPage& page) {
  PreparedPage out = page;
  // Fresh buffers: `out` shares pixels with `page` after the copy.
  out.upright = cv::Mat();
  out.for_ocr = cv::Mat();
  cv::rotate(page.upright, out.upright, cv::ROTATE_180);
  cv::rotate(page.for_ocr, out.for_ocr, cv::ROTATE_180);
  out.upright_transform.then_rotate90(2);
  out.ocr_transform.then_rotate90(2);
  out.rotation = (page.rotation + 180) % 360;
  out.upright_evidence = -page.upright_evidence;
  return out;
}

Result<PreparedPage> Preprocessor::prepare(const cv::Mat& gray, int dpi, OrientationDetector* osd) const {
  if (gray.empty() || gray.type() != CV_8UC1) {
    return fail(ErrorCode::kInternal, "preprocessing needs a non-empty 8-bit grey image");
  }
  PreparedPage page{.upright = {},
                    .upright_transform = PageTransform(gray.cols, gray.rows),
                    .for_ocr = {},
                    .ocr_transform = PageTransform(gray.cols, gray.rows)};
  PageTransform& tf = page.upright_transform;

  // All measurements on one small ink mask.
  double mask_scale = 1.0;
  cv::Mat ink = downscaled_ink(gray, kAnalysisSide, mask_scale);
  const std::optional<double> blob_height = median_blob_height(ink);

  // 1. Upright: quarter turns.
  if (options_.detect_orientation) orient(page, gray, dpi, ink, blob_height, osd);
  rotate90(gray, page.upright, page.rotation);
  tf.then_rotate90(page.rotation / 90);

  // 2. Level: small tilts. 3. Only the part with ink goes on. The content
  // area is found in the levelled frame before levelling, so that only it is
  // warped and kept.
  if (options_.deskew) {
    cv::Mat turned_ink;
    rotate90(ink, turned_ink, page.rotation);
    page.skew = estimate_skew_degrees_of_ink(turned_ink, options_.max_skew_degrees);
  }
  std::optional<cv::Matx23d> level_step;
  if (page.skew != 0.0) {
    const double a = std::abs(page.skew) * CV_PI / 180.0;
    const cv::Size in = page.upright.size();
    const cv::Size out(static_cast<int>(std::ceil(in.width * std::cos(a) + in.height * std::sin(a))),
                       static_cast<int>(std::ceil(in.height * std::cos(a) + in.width * std::sin(a))));
    level_step = tf.then_rotate(-page.skew, out);
  }
  cv::Rect crop = content_area(ink, mask_scale, tf, blob_height, options_.crop_to_content_share);
  if (crop.empty()) crop = cv::Rect(cv::Point(0, 0), tf.processed_size());
  if (level_step) {
    (*level_step)(0, 2) -= crop.x;
    (*level_step)(1, 2) -= crop.y;
    cv::Mat level;
    cv::warpAffine(page.upright, level, cv::Mat(*level_step), crop.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                   cv::Scalar(255));
    page.upright = level;
  } else {
    page.upright = page.upright(crop);
  }
  tf.then_crop(crop);
  page.ocr_transform = tf;

  // 4. Readable size: characters near the height Tesseract reads best.
  std::optional<double> text_height;
  if (blob_height) text_height = *blob_height / mask_scale;
  double scale = 1.0;
  if (text_height) {
    const double target = options_.target_text_height;
    if (*text_height < target * 0.6 || *text_height > target * 2.5) scale = target / *text_height;
  }
  scale = std::clamp(scale, options_.min_scale, options_.max_scale);
  const double pixels = double(page.upright.total()) * scale * scale;
  if (pixels > options_.max_ocr_pixels) scale *= std::sqrt(options_.max_ocr_pixels / pixels);
  page.scale = scale;
  if (dpi > 0) {
    page.ocr_dpi = static_cast<int>(std::lround(dpi * scale));
  } else if (text_height) {
    page.ocr_dpi = static_cast<int>(std::lround(300.0 * (*text_height * scale) / options_.target_text_height));
  }
  page.ocr_dpi = std::clamp(page.ocr_dpi, 70, 1200);

  if (std::abs(scale - 1.0) > 0.05) {
    page.ocr_transform.then_scale(scale);
  } else {
    page.scale = 1.0;
  }
  page.for_ocr = ocr_image(page);
  return page;
}

cv::Mat Preprocessor::ocr_image(const PreparedPage& page) const {
  cv::Mat work = page.upright;
  if (page.scale != 1.0) {
    cv::resize(page.upright, work, page.ocr_transform.processed_size(), 0, 0,
               page.scale < 1.0 ? cv::INTER_AREA : cv::INTER_CUBIC);
  }

  // 5. Clean: even background, less noise, optionally black and white.
  if (options_.normalize_background) work = flatten_background(work);
  if (options_.denoise && estimate_noise_sigma(work) > options_.noise_sigma_threshold) {
    cv::Mat smooth;
    cv::medianBlur(work, smooth, 3);
    work = smooth;
  }
  if (options_.binarize) {
    cv::Mat binary;
    cv::threshold(work, binary, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    work = binary;
  }
  return work;
}

}  // namespace kycx::ocr
