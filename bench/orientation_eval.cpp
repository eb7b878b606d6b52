// How well pages are turned upright, as the pipeline does it: preprocessing
// turns sideways pages (row/column profiles, OSD for 90 vs 270), OCR reads
// poorly-read pages again turned by 180 degrees. Truth: the generator's
// "turn" degradation in NAME.truth.json (degrees counter-clockwise; the fix is
// that many clockwise). Usage: kycx_orientation_eval DATASET_DIR
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>

#include "core/json.hpp"
#include "core/time_util.hpp"
#include "ingest/document_reader.hpp"
#include "ingest/file_reader.hpp"
#include "ocr/page_ocr.hpp"
#include "ocr/preprocessor.hpp"
#include "ocr/tesseract_engine.hpp"

using namespace kycx;
namespace fs = std::filesystem;

int main(int argc, char** argv) {
  ocr::limit_tesseract_threads(argv);
  ingest::quiet_third_party_diagnostics();
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s DATASET_DIR\n", argv[0]);
    return 2;
  }
  auto osd = ocr::TesseractOrientationDetector::create();
  auto engine = ocr::TesseractEngine::create();
  if (!osd || !engine) {
    std::fprintf(stderr, "Tesseract data missing\n");
    return 2;
  }
  int pages = 0, right = 0, turned_pages = 0, turned_right = 0, second_looks = 0;
  double prep_ms = 0, ocr_ms = 0;
  for (const auto& entry : fs::recursive_directory_iterator(argv[1])) {
    const std::string name = entry.path().filename().string();
    if (!entry.is_regular_file() || name.ends_with(".json") || name.ends_with(".md")) continue;
    fs::path truth_path = entry.path();
    truth_path.replace_extension(".truth.json");
    std::ifstream in(truth_path);
    if (!in) continue;
    const Json truth = Json::parse(in);
    std::map<int, int> turn_by_page;
    for (const auto& d : truth["meta"].value("degradations", Json::array())) {
      if (d.value("name", "") == "turn") turn_by_page[d.value("page", 1)] = d.value("degrees", 0);
    }
    auto bytes = ingest::read_file_bounded(entry.path(), 1ull << 30);
    if (!bytes) continue;
    auto reader = ingest::open_document(std::make_shared<const std::string>(std::move(*bytes)), {});
    if (!reader) continue;
    for (int p = 0; p < (*reader)->page_count(); ++p) {
      auto content = (*reader)->load_page(p);
      if (!content || content->image.empty()) continue;
      const int expected = turn_by_page.count(p + 1) ? turn_by_page[p + 1] % 360 : 0;
      auto t0 = std::chrono::steady_clock::now();
      auto prepared = ocr::Preprocessor().prepare(content->image, int(content->info.dpi), osd->get());
      prep_ms += elapsed_ms(t0);
      if (!prepared) continue;
      t0 = std::chrono::steady_clock::now();
      auto reading = ocr::recognize_upright(**engine, *prepared, content->info, {});
      ocr_ms += elapsed_ms(t0);
      if (!reading) continue;
      const int got = reading->page.rotation;
      second_looks += prepared->rotation != got;
      ++pages;
      right += got == expected;
      turned_pages += expected != 0;
      turned_right += expected != 0 && got == expected;
      if (got != expected) {
        std::printf("miss %s page %d: truth %d, got %d (confidence %.2f, %zu words)\n", name.c_str(), p + 1, expected,
                    got, reading->text.mean_confidence(), reading->text.words.size());
      }
    }
  }
  std::printf(
      "pages %d: upright after processing %d (%.1f%%); turned pages %d, fixed %d; "
      "second readings won %d\n",
      pages, right, pages ? 100.0 * right / pages : 0.0, turned_pages, turned_right, second_looks);
  std::printf("preprocess %.0f ms/page, OCR incl. second looks %.0f ms/page\n", pages ? prep_ms / pages : 0.0,
              pages ? ocr_ms / pages : 0.0);
  return 0;
}
