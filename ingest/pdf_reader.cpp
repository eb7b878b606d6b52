#include "ingest/pdf_reader.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>

#include <opencv2/core.hpp>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include "ingest/page_shape.hpp"
#include "ingest/text_layer_check.hpp"

namespace kycx::ingest {

namespace {

constexpr double kPointsPerInch = 72.0;
constexpr double kPreviewDpi = 50.0;  // coverage check render

std::string inches(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", value);
  return text;
}

std::string utf8(const poppler::ustring& s) {
  const poppler::byte_array bytes = s.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

// Copies a poppler image (gray8 or argb32) into an owned 8-bit grey Mat.
cv::Mat to_gray(const poppler::image& img) {
  const int w = img.width(), h = img.height();
  cv::Mat out(h, w, CV_8UC1);
  const char* data = img.const_data();
  const int stride = img.bytes_per_row();
  for (int y = 0; y < h; ++y) {
    const auto* row = reinterpret_cast<const unsigned char*>(data + static_cast<ptrdiff_t>(y) * stride);
    auto* dst = out.ptr<unsigned char>(y);
    if (img.format() == poppler::image::format_gray8) {
      std::memcpy(dst, row, static_cast<size_t>(w));
    } else {  // 32-bit BGRA in memory
      for (int x = 0; x < w; ++x) {
        const unsigned char* p = row + 4 * static_cast<std::ptrdiff_t>(x);
        dst[x] = static_cast<unsigned char>((p[0] * 29 + p[1] * 150 + p[2] * 77) >> 8);
      }
    }
  }
  return out;
}

constexpr double kMinVisibleFontPt = 3.0;  // smaller text is not meant to be read

std::vector<LayerWord> layer_words(const std::vector<poppler::text_box>& boxes) {
  std::vector<LayerWord> words;
  words.reserve(boxes.size());
  for (const auto& tb : boxes) {
    const poppler::rectf r = tb.bbox();
    words.push_back({utf8(tb.text()), r.left(), r.top(), r.right(), r.bottom(),
                     !tb.has_font_info() || tb.get_font_size() >= kMinVisibleFontPt});
  }
  return words;
}

}  // namespace

Result<std::shared_ptr<const DocumentReader>> PdfReader::open(std::shared_ptr<const std::string> bytes,
                                                              const IngestLimits& limits) {
  if (bytes->size() > static_cast<size_t>(std::numeric_limits<int>::max())) {
    return fail(ErrorCode::kTooLarge, "the PDF is larger than 2 GiB");
  }
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes->data(), static_cast<int>(bytes->size())));
  if (!doc) {
    return fail(ErrorCode::kCorruptFile,
                "the PDF is damaged or truncated and cannot be opened; ask the sender for a new copy");
  }
  if (doc->is_locked()) {
    return fail(ErrorCode::kEncrypted, "the PDF is password-protected; ask the sender for an unprotected copy");
  }
  const int pages = doc->pages();
  if (pages <= 0) return fail(ErrorCode::kCorruptFile, "the PDF has no pages");
  if (pages > limits.max_pages) {
    return fail(ErrorCode::kTooLarge, "the PDF has " + std::to_string(pages) + " pages, over the limit of " +
                                          std::to_string(limits.max_pages) +
                                          " per document (split it, or raise --max-pages)");
  }
  return std::shared_ptr<const DocumentReader>(new PdfReader(std::move(bytes), std::move(doc), pages, limits));
}

class PdfReader::DocumentLease {
 public:
  DocumentLease(const PdfReader& owner, std::unique_ptr<poppler::document> doc) : owner_(owner), doc_(std::move(doc)) {}
  DocumentLease(const DocumentLease&) = delete;
  DocumentLease& operator=(const DocumentLease&) = delete;
  ~DocumentLease() {
    if (!doc_) return;
    std::lock_guard lock(owner_.mutex_);
    owner_.idle_.push_back(std::move(doc_));
  }
  // Null only when the bytes, already parsed once, fail to parse again.
  poppler::document* get() const { return doc_.get(); }

 private:
  const PdfReader& owner_;
  std::unique_ptr<poppler::document> doc_;
};

PdfReader::DocumentLease PdfReader::lease() const {
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      std::unique_ptr<poppler::document> doc = std::move(idle_.back());
      idle_.pop_back();
      return DocumentLease(*this, std::move(doc));
    }
  }
  // Every parsed copy is busy: parse another (milliseconds, next to a render).
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes_->data(), static_cast<int>(bytes_->size())));
  if (doc && doc->is_locked()) doc.reset();
  return DocumentLease(*this, std::move(doc));
}

namespace {

tl::unexpected<Error> reparse_failed() {
  return fail(ErrorCode::kCorruptFile, "the PDF could not be parsed again; ask the sender for a new copy");
}

}  // namespace

PdfReader::PdfReader(std::shared_ptr<const std::string> bytes, std::unique_ptr<poppler::document> doc, int pages,
                     const IngestLimits& limits)
    : bytes_(std::move(bytes)), page_count_(pages), limits_(limits) {
  idle_.push_back(std::move(doc));
}

PdfReader::~PdfReader() = default;

Result<cv::Mat> PdfReader::render(poppler::document& doc, int index, double dpi) const {
  std::unique_ptr<poppler::page> page(doc.create_page(index));
  if (!page) return fail(ErrorCode::kCorruptFile, "page " + std::to_string(index + 1) + " of the PDF is damaged");
  const poppler::rectf rect = page->page_rect(poppler::crop_box);
  double w_in = rect.width() / kPointsPerInch, h_in = rect.height() / kPointsPerInch;
  if (page->orientation() == poppler::page::landscape || page->orientation() == poppler::page::seascape) {
    std::swap(w_in, h_in);
  }
  if (!(w_in > 0 && h_in > 0)) {
    return fail(ErrorCode::kCorruptFile, "page " + std::to_string(index + 1) + " of the PDF has no size");
  }
  if (auto shape = check_page_aspect(w_in, h_in, limits_,
                                     "page " + std::to_string(index + 1) + " of the PDF measures " + inches(w_in) +
                                         " x " + inches(h_in) + " inches");
      !shape) {
    return tl::unexpected(shape.error());
  }
  // Huge pages are rendered at a lower resolution rather than exhaust memory.
  const double max_dpi = std::sqrt(limits_.max_page_pixels / (w_in * h_in));
  if (max_dpi < std::min<double>(dpi, limits_.min_render_dpi)) {
    return fail(ErrorCode::kTooLarge, "page " + std::to_string(index + 1) + " of the PDF measures " +
                                          std::to_string(int(w_in)) + " x " + std::to_string(int(h_in)) +
                                          " inches, too large to render within the pixel limit");
  }
  dpi = std::min(dpi, max_dpi);
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  const poppler::image img = renderer.render_page(page.get(), dpi, dpi);
  if (!img.is_valid()) {
    return fail(ErrorCode::kCorruptFile, "page " + std::to_string(index + 1) + " of the PDF could not be rendered");
  }
  return to_gray(img);
}

Result<PageContent> PdfReader::load_page(int index) const {
  const DocumentLease doc = lease();
  if (!doc.get()) return reparse_failed();
  std::unique_ptr<poppler::page> page(doc.get()->create_page(index));
  if (!page) return fail(ErrorCode::kCorruptFile, "page " + std::to_string(index + 1) + " of the PDF is damaged");
  const poppler::rectf rect = page->page_rect(poppler::crop_box);
  double width_pt = rect.width(), height_pt = rect.height();
  if (page->orientation() == poppler::page::landscape || page->orientation() == poppler::page::seascape) {
    std::swap(width_pt, height_pt);
  }
  const std::vector<poppler::text_box> boxes = page->text_list(poppler::page::text_list_include_font);
  page.reset();

  // A page with text: a low-resolution render tells which words can be seen
  // and whether the words cover what the page shows. A page without (a
  // scan) skips it: 20 ms a page, for a scan, spent decoding its image.
  if (!boxes.empty()) {
    auto preview = render(*doc.get(), index, kPreviewDpi);
    ocr::PageText text =
        text_layer_page(index, layer_words(boxes), width_pt, height_pt, preview ? *preview : cv::Mat());
    TextLayerVerdict verdict = judge_text(text);
    if (verdict.usable && preview) verdict = judge_coverage(text, *preview);
    if (verdict.usable) {
      PageContent content;
      content.info = text.info;
      content.text_layer = std::move(text);
      return content;
    }
  }
  PageContent content;
  auto image = render(*doc.get(), index, limits_.render_dpi);
  if (!image) return tl::unexpected(image.error());
  content.info.page = index + 1;
  content.info.width = image->cols;
  content.info.height = image->rows;
  content.info.unit = "px";
  content.info.dpi = image->cols / (width_pt / kPointsPerInch);
  content.info.text_source = TextSource::kOcr;
  content.image = std::move(*image);
  return content;
}

Result<cv::Mat> PdfReader::render_page(int index, int dpi) const {
  const DocumentLease doc = lease();
  if (!doc.get()) return reparse_failed();
  return render(*doc.get(), index, dpi);
}

}  // namespace kycx::ingest
