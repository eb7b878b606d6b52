// A labelled dataset (contract section 5): every document NAME.EXT under a
// folder, recursively, that has NAME.truth.json beside it. Plain values;
// loading is thread-safe (it touches nothing shared).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/json.hpp"

namespace kycx::eval {

inline constexpr const char* kTruthSuffix = ".truth.json";

// One document and what it really says.
struct LabelledDocument {
  std::filesystem::path path;    // the document file
  std::string relative_path;     // from the dataset root, '/'-separated: joins truth to envelope
  std::string document_type;     // truth "document_type"
  Json fields = Json::object();  // truth "fields": only these are scored
};

struct Dataset {
  std::filesystem::path root;
  std::vector<LabelledDocument> documents;  // sorted by relative_path
};

// Parses one truth file's text; `origin` names it in error messages.
Result<LabelledDocument> parse_truth(const std::string& text, const std::string& origin);

// Every labelled document under `root`. Files without a truth file, *.md,
// hidden files and truth files without a document are ignored. Fails when
// `root` is not a folder, a truth file is malformed, or nothing is labelled.
Result<Dataset> load_dataset(const std::filesystem::path& root);

}  // namespace kycx::eval
