// Pay stubs, utility bills and W-2s of the labelled corpus through the
// pipeline's ingest, preprocessing and OCR, then the layout readers: field
// accuracy per type against the truth files, and reader time per document.
// samples/ always; a generated set when KYCX_FORMS_DATASET names its folder
// (scripts/generate --types pay_stub,utility_bill,w2). With KYCX_FORMS_WORDS
// naming a folder of `kycx text` outputs (NAME.EXT.words.jsonl beside nothing
// else), the readers run on those recorded words instead of OCR (fast, for
// working on the readers; KYCX_FORMS_ROWS=NAME.EXT prints that document's
// layout rows). KYCX_FORMS_DEBUG=1 prints each wrong field's name (=2 also
// its value and the truth: synthetic documents only).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/json.hpp"
#include "extractors/common/layout_fields.hpp"
#include "extractors/reader_registry.hpp"
#include "pipeline/sequential_run.hpp"

namespace kycx::extractors::forms {
namespace {

namespace fs = std::filesystem;

struct Tally {
  int documents = 0;
  int fields = 0;
  int correct = 0;
  int wrong = 0;  // a value that is not the truth (the rest of the misses are missing)
  std::map<std::string, std::pair<int, int>> per_field;  // correct, total
  std::vector<double> reader_ms;
};

using Tallies = std::map<std::string, Tally>;  // by document type

std::vector<fs::path> documents(const fs::path& dir) {
  std::vector<fs::path> out;
  if (!fs::is_directory(dir)) return out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (!e.is_regular_file() || name.ends_with(".json") || name.ends_with(".jsonl")) continue;
    fs::path truth = e.path();
    truth.replace_extension(".truth.json");
    if (fs::exists(truth)) out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Contract section 5: text compared without case and with white space collapsed.
std::string normalised(const Json& value) {
  const std::string text = value.is_string() ? value.get<std::string>() : value.dump();
  std::string out;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void score(const fs::path& path, const Json& truth, const std::optional<Extraction>& reading, double ms, Tally& t) {
  ++t.documents;
  t.reader_ms.push_back(ms);
  for (const auto& [name, value] : truth["fields"].items()) {
    ++t.fields;
    auto& pf = t.per_field[name];
    ++pf.second;
    const Field* f = reading ? reading->fields.find(name) : nullptr;
    if (f && !f->missing() && normalised(f->value) == normalised(value)) {
      ++t.correct;
      ++pf.first;
      continue;
    }
    if (f && !f->missing()) ++t.wrong;
    if (const char* debug = std::getenv("KYCX_FORMS_DEBUG")) {
      std::printf("%s %s %s", f && !f->missing() ? "wrong" : "missing", path.filename().c_str(), name.c_str());
      // Level 2 shows the values too: for synthetic documents only.
      if (std::string(debug) == "2")
        std::printf(" [%s] want [%s]", f ? f->value.dump().c_str() : "", value.dump().c_str());
      std::printf("\n");
    }
  }
}

Json truth_of(const fs::path& path) {
  fs::path truth_path = path;
  truth_path.replace_extension(".truth.json");
  std::ifstream in(truth_path);
  return Json::parse(in);
}

bool is_form(const std::string& type) {
  return type == "pay_stub" || type == "utility_bill" || type == "w2";
}

double since_ms(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
}

// What the type's reader makes of the pages; nullopt for a type without one.
std::optional<Extraction> read_as(const std::string& type, const ExtractContext& context) {
  const DocumentReader* reader = find_reader(type);
  if (reader == nullptr) return std::nullopt;
  Classification classification;
  classification.document_type = type;
  return reader->read(classification, context);
}

void run_ocr(const fs::path& path, pipeline::OcrWorkers& workers, Tallies& tallies) {
  const Json truth = truth_of(path);
  const std::string type = truth.value("document_type", "");
  if (!is_form(type)) return;
  auto job = pipeline::run_sequentially({path, path.filename().string()}, {}, workers, pipeline::StopAfter::kOcr);
  const ExtractContext context{.pages = job->pages, .ocr = nullptr, .precise_ocr = nullptr, .render = {}};
  const auto start = std::chrono::steady_clock::now();
  const auto reading = job->rejected() ? std::nullopt : read_as(type, context);
  score(path, truth, reading, since_ms(start), tallies[type]);
}

// A page as `kycx text` prints it, its size from the truth file's meta.
std::vector<ocr::Page> recorded_pages(const fs::path& words, const Json& truth) {
  std::vector<ocr::Page> pages;
  std::ifstream in(words);
  std::string line;
  while (std::getline(in, line)) {
    const Json p = Json::parse(line);
    PageInfo info;
    info.page = p.value("page", 1);
    info.rotation = p.value("rotation", 0);
    info.skew = p.value("skew", 0.0);
    const auto& sizes = truth["meta"]["pages"];
    const size_t index = static_cast<size_t>(info.page - 1);
    if (index < sizes.size()) info.width = sizes[index]["width"], info.height = sizes[index]["height"];
    ocr::PageTextBuilder b(info);
    int block = -1;
    for (const Json& l : p["lines"]) {
      if (l.value("block", 0) != block) b.begin_block(), block = l.value("block", 0);
      b.begin_line();
      for (const Json& w : l["words"]) {
        const auto box = w["bbox"];
        b.add_word(w["text"], BBox{box[0], box[1], box[2], box[3]}, w.value("confidence", 1.0f));
      }
    }
    ocr::Page page;
    page.text = std::move(b).finish();
    pages.push_back(std::move(page));
  }
  return pages;
}

void print_rows(const FormLayout& layout) {
  for (const LayoutRow& row : layout.rows()) {
    std::printf("p%d y%.3f-%.3f h%.4f |", row.page, row.box.y0, row.box.y1, row.height);
    for (int i : row.words) {
      const LayoutWord& w = layout.words()[static_cast<size_t>(i)];
      std::printf(" %s@%.3f", w.word->text.c_str(), w.box.x0);
    }
    std::printf("\n");
  }
}

void run_recorded(const fs::path& path, const fs::path& words_dir, Tallies& tallies) {
  const Json truth = truth_of(path);
  const std::string type = truth.value("document_type", "");
  const fs::path words = words_dir / (path.filename().string() + ".words.jsonl");
  if (!is_form(type) || !fs::exists(words)) return;
  const std::vector<ocr::Page> pages = recorded_pages(words, truth);
  if (const char* rows = std::getenv("KYCX_FORMS_ROWS"); rows != nullptr && path.filename() == rows) {
    print_rows(FormLayout(pages));  // the rows the readers see, for working on them
  }
  const ExtractContext context{.pages = pages, .ocr = nullptr, .precise_ocr = nullptr, .render = {}};
  const auto start = std::chrono::steady_clock::now();
  const auto reading = read_as(type, context);
  score(path, truth, reading, since_ms(start), tallies[type]);
}

void report(const std::string& name, const Tallies& tallies) {
  for (const auto& [type, t] : tallies) {
    std::vector<double> ms = t.reader_ms;
    std::sort(ms.begin(), ms.end());
    std::printf("%s %s: %d documents, fields %d/%d correct (%.4f), %d wrong; reader median %.1f ms, max %.1f ms\n",
                name.c_str(), type.c_str(), t.documents, t.correct, t.fields,
                t.fields ? double(t.correct) / t.fields : 0.0, t.wrong, ms.empty() ? 0.0 : ms[ms.size() / 2],
                ms.empty() ? 0.0 : ms.back());
    for (const auto& [field, c] : t.per_field) std::printf("    %-30s %d/%d\n", field.c_str(), c.first, c.second);
  }
}

std::unique_ptr<pipeline::OcrWorkers> workers_or_null() {
  auto w = pipeline::OcrWorkers::create(1, {});
  return w ? std::move(*w) : nullptr;
}

Tallies run_dataset(const fs::path& dir, pipeline::OcrWorkers* workers) {
  Tallies tallies;
  const char* words = std::getenv("KYCX_FORMS_WORDS");
  for (const auto& f : documents(dir)) {
    if (words != nullptr) {
      run_recorded(f, words, tallies);
    } else {
      run_ocr(f, *workers, tallies);
    }
  }
  return tallies;
}

TEST(FormsSamplesTest, CommittedForms) {
  if (documents("samples/pay_stub").empty()) GTEST_SKIP() << "samples/ not found (run from the repository root)";
  auto workers = workers_or_null();
  if (!workers && std::getenv("KYCX_FORMS_WORDS") == nullptr) GTEST_SKIP() << "Tesseract data not installed";
  Tallies tallies;
  for (const char* type : {"pay_stub", "utility_bill", "w2"}) {
    for (auto& [k, v] : run_dataset(fs::path("samples") / type, workers.get())) tallies[k] = v;
  }
  report("samples", tallies);
  // Floors a little under what the readers reach today (OCR is probabilistic): raise them as they improve.
  EXPECT_GE(tallies["pay_stub"].correct * 100, tallies["pay_stub"].fields * 85);
  EXPECT_GE(tallies["utility_bill"].correct * 100, tallies["utility_bill"].fields * 85);
  EXPECT_GE(tallies["w2"].correct * 100, tallies["w2"].fields * 85);
}

TEST(FormsSamplesTest, GeneratedDataset) {
  const char* dir = std::getenv("KYCX_FORMS_DATASET");
  if (!dir)
    GTEST_SKIP() << "set KYCX_FORMS_DATASET to a folder made by scripts/generate --types pay_stub,utility_bill,w2";
  auto workers = workers_or_null();
  if (!workers && std::getenv("KYCX_FORMS_WORDS") == nullptr) GTEST_SKIP() << "Tesseract data not installed";
  const Tallies tallies = run_dataset(dir, workers.get());
  report(dir, tallies);
  ASSERT_FALSE(tallies.empty());
  for (const auto& [type, t] : tallies) EXPECT_GE(t.correct * 100, t.fields * 90) << type;
}

}  // namespace
}  // namespace kycx::extractors::forms
