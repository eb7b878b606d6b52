// Measures what each non-recognition step costs per page, next to Tesseract's
// recognition of the same page: decode/render, orientation detection,
// deskew, text-size estimate, cleaning, and the recognition itself.
// Usage: kycx_stage_costs FILE...   (prints one row per page and a total)
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>

#include "core/time_util.hpp"
#include "ingest/document_reader.hpp"
#include "ingest/file_reader.hpp"
#include "ocr/image_analysis.hpp"
#include "ocr/page_ocr.hpp"
#include "ocr/preprocessor.hpp"
#include "ocr/tesseract_engine.hpp"

using namespace kycx;

int main(int argc, char** argv) {
  ocr::limit_tesseract_threads(argv);
  ingest::quiet_third_party_diagnostics();
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s FILE...\n", argv[0]);
    return 2;
  }
  auto engine = ocr::TesseractEngine::create();
  auto osd = ocr::TesseractOrientationDetector::create();
  if (!engine || !osd) {
    std::fprintf(stderr, "Tesseract data missing\n");
    return 2;
  }
  std::printf("%-40s %6s %8s %8s %8s %8s %8s %9s %7s\n", "page", "MP", "load", "osd", "skew", "size", "prep", "ocr",
              "ratio");
  double sum_other = 0, sum_ocr = 0;
  for (int f = 1; f < argc; ++f) {
    auto bytes = ingest::read_file_bounded(argv[f], 1ull << 30);
    if (!bytes) continue;
    auto reader = ingest::open_document(std::make_shared<const std::string>(std::move(*bytes)), {});
    if (!reader) continue;
    for (int p = 0; p < (*reader)->page_count(); ++p) {
      auto t0 = std::chrono::steady_clock::now();
      auto content = (*reader)->load_page(p);
      const double load = elapsed_ms(t0);
      if (!content || content->image.empty()) continue;
      const cv::Mat& img = content->image;
      t0 = std::chrono::steady_clock::now();
      (void)(*osd)->detect(img, 300);
      const double osd_ms = elapsed_ms(t0);
      t0 = std::chrono::steady_clock::now();
      (void)ocr::estimate_skew_degrees(img, 6);
      const double skew = elapsed_ms(t0);
      t0 = std::chrono::steady_clock::now();
      (void)ocr::estimate_text_height(img);
      const double size = elapsed_ms(t0);
      t0 = std::chrono::steady_clock::now();
      auto prepared = ocr::Preprocessor().prepare(img, int(content->info.dpi), osd->get());
      const double prep = elapsed_ms(t0);
      if (!prepared) continue;
      t0 = std::chrono::steady_clock::now();
      (void)ocr::recognize_page(**engine, *prepared, content->info, {});
      const double recog = elapsed_ms(t0);
      sum_other += load + prep;
      sum_ocr += recog;
      std::printf("%-40.40s %6.1f %8.1f %8.1f %8.1f %8.1f %8.1f %9.1f %6.1f%%\n",
                  (std::string(argv[f]) + ":" + std::to_string(p + 1)).c_str(), img.total() / 1e6, load, osd_ms, skew,
                  size, prep, recog, 100 * (load + prep) / recog);
    }
  }
  std::printf("total: load+preprocess %.0f ms, recognition %.0f ms, overhead %.1f%%\n", sum_other, sum_ocr,
              sum_ocr > 0 ? 100 * sum_other / sum_ocr : 0.0);
  return 0;
}
