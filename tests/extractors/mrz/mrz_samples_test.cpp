// Passports and identity cards of the labelled corpus through the pipeline's
// own ingest, preprocessing and OCR: classification, every MRZ field against
// the truth, an upside-down page, and a page whose MRZ is cut off.
// samples/passport and samples/id_card always; a larger generated set when
// KYCX_MRZ_DATASET names its folder (scripts/generate --types passport,id_card).
// Output names files and fields only, never values.
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/json.hpp"
#include "extractors/classifier.hpp"
#include "extractors/mrz/mrz_reader.hpp"
#include "pipeline/sequential_run.hpp"

namespace kycx::extractors::mrz {
namespace {

namespace fs = std::filesystem;

// The fields the MRZ holds; place_of_birth and date_of_issue are only printed.
const std::vector<std::string> kMrzFields = {
    "document_number", "surname",         "given_names",   "nationality", "issuing_country", "date_of_birth", "sex",
    "date_of_expiry",  "personal_number", "optional_data", "mrz_line1",   "mrz_line2",       "mrz_lines"};

struct Tally {
  int documents = 0;
  int typed = 0;   // classified as their truth type
  int fields = 0;  // MRZ truth fields compared
  int correct = 0;
  int conflicts = 0;       // failed consistency.mrz_viz checks (the generator's visual zone always agrees)
  std::vector<double> ms;  // find_mrz per document
};

Json truth_of(const fs::path& document) {
  fs::path path = document;
  path.replace_extension(".truth.json");
  std::ifstream in(path);
  return Json::parse(in);
}

std::vector<fs::path> documents(const fs::path& dir) {
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

std::unique_ptr<pipeline::OcrWorkers> workers_or_null() {
  auto w = pipeline::OcrWorkers::create(1, {});
  return w ? std::move(*w) : nullptr;
}

ExtractContext context_of(const pipeline::DocumentJob& job) {
  ExtractContext context{.pages = job.pages, .ocr = nullptr, .precise_ocr = nullptr, .render = {}};
  if (job.reader) context.render = [r = job.reader](int i, int dpi) { return r->render_page(i, dpi); };
  return context;
}

// Reads `path` and scores it against `truth` (which may be another file's).
void run_one(const fs::path& path, const Json& truth, pipeline::OcrWorkers& workers, Tally& t) {
  const std::string type = truth.value("document_type", "");
  if (type != "passport" && type != "id_card") return;
  ++t.documents;
  auto job = pipeline::run_sequentially({path, path.filename().string()}, {}, workers, pipeline::StopAfter::kOcr);
  ASSERT_FALSE(job->rejected()) << path.filename();
  const ExtractContext context = context_of(*job);
  const std::string typed = classify_document(context).document_type;
  t.typed += typed == type ? 1 : 0;
  if (typed != type) std::printf("wrong type %s\n", path.filename().c_str());
  const auto start = std::chrono::steady_clock::now();
  const auto reading = read_mrz_document(context, type);
  t.ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  for (const auto& name : kMrzFields) {
    if (!truth["fields"].contains(name)) continue;
    ++t.fields;
    const Field* f = reading ? reading->fields.find(name) : nullptr;
    if (f && f->value == truth["fields"][name]) {
      ++t.correct;
    } else {
      std::printf("%s %s %s\n", f && !f->missing() ? "wrong" : "missing", path.filename().c_str(), name.c_str());
    }
  }
  if (!reading) return;
  for (const auto& c : reading->checks) {
    if (c.rule.rfind("consistency.mrz_viz.", 0) == 0 && c.result == CheckResult::kFail) {
      ++t.conflicts;
      std::printf("conflict %s %s\n", path.filename().c_str(), c.rule.c_str());
    }
  }
}

void report(const std::string& name, const Tally& t) {
  std::vector<double> ms = t.ms;
  std::sort(ms.begin(), ms.end());
  std::printf(
      "%s: %d documents, %d typed right; MRZ fields %d/%d; visual-zone conflicts %d; read_mrz_document "
      "median %.0f ms, max %.0f ms\n",
      name.c_str(), t.documents, t.typed, t.correct, t.fields, t.conflicts, ms.empty() ? 0 : ms[ms.size() / 2],
      ms.empty() ? 0 : ms.back());
}

TEST(MrzSamplesTest, CommittedPassportsAndIdCards) {
  auto files = documents("samples/passport");
  for (const auto& f : documents("samples/id_card")) files.push_back(f);
  if (files.empty()) GTEST_SKIP() << "samples/ not found (run from the repository root)";
  auto workers = workers_or_null();
  if (!workers) GTEST_SKIP() << "Tesseract data not installed";
  Tally t;
  for (const auto& f : files) run_one(f, truth_of(f), *workers, t);
  report("samples", t);
  EXPECT_EQ(t.typed, t.documents);
  EXPECT_EQ(t.correct, t.fields);
  EXPECT_EQ(t.conflicts, 0);
}

TEST(MrzSamplesTest, UpsideDownPage) {
  const fs::path source = "samples/passport/passport_0003.png";
  const cv::Mat page = cv::imread(source.string(), cv::IMREAD_GRAYSCALE);
  if (page.empty()) GTEST_SKIP() << source << " not found (run from the repository root)";
  auto workers = workers_or_null();
  if (!workers) GTEST_SKIP() << "Tesseract data not installed";
  cv::Mat turned;
  cv::rotate(page, turned, cv::ROTATE_180);
  const fs::path path = fs::temp_directory_path() / "kycx_mrz_upside_down.png";
  ASSERT_TRUE(cv::imwrite(path.string(), turned));
  Tally t;
  run_one(path, truth_of(source), *workers, t);
  fs::remove(path);
  report("upside down", t);
  EXPECT_EQ(t.typed, 1);
  EXPECT_EQ(t.correct, t.fields);
}

TEST(MrzSamplesTest, CutOffMrzGivesMissingFieldsForReview) {
  const fs::path source = "samples/passport/passport_0003.png";
  const cv::Mat page = cv::imread(source.string(), cv::IMREAD_GRAYSCALE);
  if (page.empty()) GTEST_SKIP() << source << " not found (run from the repository root)";
  auto workers = workers_or_null();
  if (!workers) GTEST_SKIP() << "Tesseract data not installed";
  // Cut the page through the middle of the MRZ's first line: the second is gone.
  const Json truth = truth_of(source);
  const auto box = truth["meta"]["boxes"]["mrz_line1"]["bbox"];
  const int cut = static_cast<int>((box[1].get<double>() + box[3].get<double>()) / 2 * page.rows);
  const fs::path path = fs::temp_directory_path() / "kycx_mrz_cut_off.png";
  ASSERT_TRUE(cv::imwrite(path.string(), page(cv::Rect(0, 0, page.cols, cut)).clone()));
  auto job = pipeline::run_sequentially({path, path.filename().string()}, {}, *workers);
  fs::remove(path);
  const Envelope& e = job->envelope;
  EXPECT_EQ(e.status, DocumentStatus::kNeedsReview);
  for (const char* name : {"date_of_birth", "date_of_expiry", "mrz_line2"}) {
    const Field* f = e.fields.find(name);
    if (f == nullptr) continue;  // not classified as a passport: no passport fields at all
    EXPECT_TRUE(f->missing()) << name;
    EXPECT_TRUE(f->review.required) << name;
  }
}

TEST(MrzSamplesTest, GeneratedDataset) {
  const char* dir = std::getenv("KYCX_MRZ_DATASET");
  if (!dir) GTEST_SKIP() << "set KYCX_MRZ_DATASET to a folder made by scripts/generate --types passport,id_card";
  auto workers = workers_or_null();
  if (!workers) GTEST_SKIP() << "Tesseract data not installed";
  Tally t;
  for (const auto& f : documents(dir)) run_one(f, truth_of(f), *workers, t);
  report(dir, t);
  ASSERT_GT(t.documents, 0);
  EXPECT_GE(t.typed * 100, t.documents * 98);
  EXPECT_GE(t.correct * 100, t.fields * 99);
}

}  // namespace
}  // namespace kycx::extractors::mrz
