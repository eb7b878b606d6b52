#include "apps/pipeline_flags.hpp"

namespace kycx::apps {

void PipelineFlags::add_to(CLI::App& app) {
  auto& o = options;
  const std::string group = "Pipeline";
  app.add_option("--workers", o.workers, "OCR worker threads (0: one per core)")
      ->envname("KYCX_WORKERS")->group(group)->check(CLI::NonNegativeNumber);
  app.add_option("--in-flight", o.max_documents_in_flight, "documents processed at once (0: 2 x workers + 2)")
      ->envname("KYCX_IN_FLIGHT")->group(group)->check(CLI::NonNegativeNumber);
  app.add_option("--max-seconds", o.max_seconds_per_document, "seconds per document before it is rejected")
      ->envname("KYCX_MAX_SECONDS")->group(group)->check(CLI::PositiveNumber)->capture_default_str();
  app.add_option("--max-pages", o.limits.max_pages, "pages per document")
      ->envname("KYCX_MAX_PAGES")->group(group)->check(CLI::PositiveNumber)->capture_default_str();
  app.add_option("--max-file-mib", max_file_mib, "MiB per input file")
      ->envname("KYCX_MAX_FILE_MIB")->group(group)->check(CLI::PositiveNumber)->capture_default_str();
  app.add_option("--max-page-megapixels", max_page_megapixels, "megapixels per page image")
      ->envname("KYCX_MAX_PAGE_MEGAPIXELS")->group(group)->check(CLI::PositiveNumber)->capture_default_str();
  app.add_option("--render-dpi", o.limits.render_dpi, "DPI at which scanned PDF pages are rendered")
      ->envname("KYCX_RENDER_DPI")->group(group)->check(CLI::Range(72, 600))->capture_default_str();
  app.add_option("--tessdata", o.ocr.tessdata_dir, "folder with Tesseract *.traineddata (default: Tesseract's)")
      ->envname("KYCX_TESSDATA")->group(group);
  app.add_option("--ocr-language", o.ocr.language, "Tesseract language(s)")
      ->envname("KYCX_OCR_LANGUAGE")->group(group)->capture_default_str();
  app.add_flag("--binarize", binarize, "give Tesseract black-and-white images")->group(group);
  app.add_flag("--no-orientation", no_orientation, "do not detect 90/180/270 degree page turns")->group(group);
  app.add_flag("--stats", stats, "print per-stage timings to stderr at the end")->group(group);
}

pipeline::PipelineOptions PipelineFlags::resolved() const {
  pipeline::PipelineOptions o = options;
  o.limits.max_file_bytes = static_cast<std::uint64_t>(max_file_mib * 1024 * 1024);
  o.limits.max_page_pixels = max_page_megapixels * 1e6;
  o.preprocess.binarize = binarize;
  o.preprocess.detect_orientation = !no_orientation;
  return o;
}

}  // namespace kycx::apps
