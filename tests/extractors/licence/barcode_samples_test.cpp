// Driver's licences of the labelled corpus, through the pipeline's own
// ingest, preprocessing and OCR: barcode decode rate, field accuracy of the
// barcode path, conflicts with the front, and decode time per page.
// samples/drivers_license always; a larger generated set when
// KYCX_BARCODE_DATASET names its folder (scripts/generate --types drivers_license).
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/json.hpp"
#include "core/median.hpp"
#include "extractors/barcode/barcode_reader.hpp"
#include "extractors/licence/licence_reader.hpp"
#include "pipeline/sequential_run.hpp"

namespace kycx::extractors::licence {
namespace {

namespace fs = std::filesystem;

struct Tally {
  int documents = 0;
  int rejected = 0;
  int whole_image = 0;  // documents whose barcode ZXing decodes on a whole page, unaided
  int decoded = 0;      // documents whose barcode find_pdf417 decodes
  int back_photos = 0;
  int back_photos_decoded = 0;
  int fields = 0;  // truth fields compared
  int correct = 0;
  int missing = 0;
  int conflicts = 0;  // failed consistency.barcode_front checks (the generator's front always agrees)
  int compared = 0;   // consistency checks that passed or failed
  std::map<std::string, std::pair<int, int>> per_field;  // correct, total
  int front_fields = 0;  // truth fields of documents with a front, read without the barcode
  int front_correct = 0;
  int front_wrong = 0;                      // a value that is not the truth (the rest are missing)
  std::vector<double> ms_with, ms_without;  // find_pdf417 per page
};

std::vector<fs::path> licences(const fs::path& dir) {
  std::vector<fs::path> out;
  if (!fs::is_directory(dir)) return out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (!e.is_regular_file() || name.ends_with(".truth.json")) continue;
    fs::path truth = e.path();
    truth.replace_extension(".truth.json");
    if (fs::exists(truth)) out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

double since_ms(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
}

void run_one(const fs::path& path, pipeline::OcrWorkers& workers, Tally& t) {
  fs::path truth_path = path;
  truth_path.replace_extension(".truth.json");
  std::ifstream in(truth_path);
  const Json truth = Json::parse(in);
  if (truth.value("document_type", "") != "drivers_license") return;
  ++t.documents;
  const bool back_photo = truth["meta"].value("format", "") == "photo";
  t.back_photos += back_photo ? 1 : 0;
  auto job = pipeline::run_sequentially({path, path.filename().string()}, {}, workers, pipeline::StopAfter::kOcr);
  if (job->rejected()) {
    ++t.rejected;
    return;
  }
  ExtractContext context{.pages = job->pages, .ocr = nullptr, .precise_ocr = nullptr, .render = {}};
  if (job->reader) context.render = [r = job->reader](int i, int dpi) { return r->render_page(i, dpi); };

  bool whole = false;
  for (int i = 0; i < static_cast<int>(job->pages.size()); ++i) {
    auto page = context.page_image(i);
    if (page && !barcode::decode_pdf417(page->image, {.try_variants = false}).empty()) whole = true;
    const std::vector<ocr::Page> one{job->pages[static_cast<size_t>(i)]};
    ExtractContext single = context;
    single.render = [&context, i](int, int dpi) { return context.render(i, dpi); };
    const ExtractContext one_page{.pages = one, .ocr = nullptr, .precise_ocr = nullptr, .render = single.render};
    const auto start = std::chrono::steady_clock::now();
    const auto page_hits = barcode::find_pdf417(one_page);
    (barcode::any_decoded(page_hits) ? t.ms_with : t.ms_without).push_back(since_ms(start));
  }
  t.whole_image += whole ? 1 : 0;

  const auto hits = barcode::find_pdf417(context);
  const bool decoded = barcode::any_decoded(hits);
  t.decoded += decoded ? 1 : 0;
  t.back_photos_decoded += back_photo && decoded ? 1 : 0;
  const auto reading = read_drivers_license(context, hits);
  for (const auto& [name, value] : truth["fields"].items()) {
    ++t.fields;
    auto& pf = t.per_field[name];
    ++pf.second;
    const Field* f = reading ? reading->extraction.fields.find(name) : nullptr;
    if (!f || f->missing()) {
      ++t.missing;
      continue;
    }
    if (f->value == value) {
      ++t.correct;
      ++pf.first;
    } else if (std::getenv("KYCX_BARCODE_DEBUG")) {
      std::printf("wrong %s %s\n", path.filename().c_str(), name.c_str());
    }
  }
  // The front alone, as if the barcode were unreadable.
  if (!back_photo) {
    const auto front_only = read_drivers_license(context, {});
    for (const auto& [name, value] : truth["fields"].items()) {
      if (name == "issuing_jurisdiction") continue;  // printed as a name, not a code
      ++t.front_fields;
      const Field* f = front_only ? front_only->extraction.fields.find(name) : nullptr;
      if (!f || f->missing()) continue;
      if (f->value == value) {
        ++t.front_correct;
      } else {
        ++t.front_wrong;
        if (std::getenv("KYCX_BARCODE_DEBUG")) {
          std::printf("front-only wrong %s %s\n", path.filename().c_str(), name.c_str());
        }
      }
    }
  }
  if (!reading) return;
  for (const auto& c : reading->extraction.checks) {
    if (c.rule.rfind("consistency.barcode_front.", 0) != 0 || c.result == CheckResult::kSkipped) continue;
    ++t.compared;
    t.conflicts += c.result == CheckResult::kFail ? 1 : 0;
    if (c.result == CheckResult::kFail && std::getenv("KYCX_BARCODE_DEBUG")) {
      std::printf("conflict %s %s\n", path.filename().c_str(), c.rule.c_str());
    }
  }
}

void report(const std::string& name, const Tally& t) {
  std::printf(
      "%s: %d licences (%d rejected); decoded: whole-page ZXing %d, locate+rectify %d; back-only photos "
      "%d/%d\n",
      name.c_str(), t.documents, t.rejected, t.whole_image, t.decoded, t.back_photos_decoded, t.back_photos);
  std::printf("  fields %d/%d correct (%.4f), %d missing; front comparisons %d, conflicts %d\n", t.correct, t.fields,
              t.fields ? double(t.correct) / t.fields : 0.0, t.missing, t.compared, t.conflicts);
  for (const auto& [field, c] : t.per_field) std::printf("    %-22s %d/%d\n", field.c_str(), c.first, c.second);
  std::printf("  front only (no barcode): %d/%d correct, %d wrong, rest missing\n", t.front_correct, t.front_fields,
              t.front_wrong);
  const auto worst = [](const std::vector<double>& v) {
    return v.empty() ? 0.0 : *std::max_element(v.begin(), v.end());
  };
  std::printf(
      "  find_pdf417 per page: with a barcode median %.0f ms (max %.0f, n=%zu); without median %.0f ms "
      "(max %.0f, n=%zu)\n",
      median(t.ms_with), worst(t.ms_with), t.ms_with.size(), median(t.ms_without), worst(t.ms_without),
      t.ms_without.size());
}

std::unique_ptr<pipeline::OcrWorkers> workers_or_null() {
  auto w = pipeline::OcrWorkers::create(1, {});
  return w ? std::move(*w) : nullptr;
}

TEST(BarcodeSamplesTest, CommittedLicences) {
  const auto files = licences("samples/drivers_license");
  if (files.empty()) GTEST_SKIP() << "samples/drivers_license not found (run from the repository root)";
  auto workers = workers_or_null();
  if (!workers) GTEST_SKIP() << "Tesseract data not installed";
  Tally t;
  for (const auto& f : files) run_one(f, *workers, t);
  report("samples", t);
  // Every committed licence carries a readable barcode with every truth field.
  EXPECT_EQ(t.decoded, t.documents);
  EXPECT_GE(t.correct, t.fields * 99 / 100);
  EXPECT_LE(t.conflicts, 1);
}

TEST(BarcodeSamplesTest, GeneratedDataset) {
  const char* dir = std::getenv("KYCX_BARCODE_DATASET");
  if (!dir) GTEST_SKIP() << "set KYCX_BARCODE_DATASET to a folder made by scripts/generate --types drivers_license";
  auto workers = workers_or_null();
  if (!workers) GTEST_SKIP() << "Tesseract data not installed";
  Tally t;
  for (const auto& f : licences(dir)) run_one(f, *workers, t);
  report(dir, t);
  ASSERT_GT(t.documents, 0);
  EXPECT_GE(t.decoded * 100, t.documents * 99);
  EXPECT_GE(t.correct * 100, t.fields * 99);
  EXPECT_LE(t.conflicts * 100, std::max(1, t.compared));
}

}  // namespace
}  // namespace kycx::extractors::licence
