#include "eval/dataset.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

namespace kycx::eval {

namespace fs = std::filesystem;

namespace {

bool ends_with(const std::string& text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Names that are never documents: notes, hidden files, partial downloads.
bool is_ignored(const std::string& name) {
  return name.empty() || name.front() == '.' || ends_with(name, ".md") || ends_with(name, ".part") ||
         ends_with(name, ".tmp") || ends_with(name, ".crdownload");
}

// "a/b/NAME.pdf" and "a/b/NAME.truth.json" both give "a/b/NAME".
std::string stem_key(const std::string& relative, bool truth) {
  if (truth) return relative.substr(0, relative.size() - std::string_view(kTruthSuffix).size());
  const auto slash = relative.rfind('/');
  const auto dot = relative.rfind('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return relative;
  return relative.substr(0, dot);
}

Result<std::string> read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(ErrorCode::kIoError, "cannot read " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

Result<LabelledDocument> parse_truth(const std::string& text, const std::string& origin) {
  Json json;
  try {
    json = Json::parse(text);
  } catch (const nlohmann::json::exception& e) {
    return fail(ErrorCode::kInvalidArgument, "truth file " + origin + " is not valid JSON: " + e.what());
  }
  if (!json.is_object() || !json.contains("document_type") || !json["document_type"].is_string()) {
    return fail(ErrorCode::kInvalidArgument, "truth file " + origin + " needs a string \"document_type\"");
  }
  LabelledDocument doc;
  doc.document_type = json["document_type"].get<std::string>();
  if (json.contains("fields")) {
    if (!json["fields"].is_object()) {
      return fail(ErrorCode::kInvalidArgument, "truth file " + origin + ": \"fields\" must be an object");
    }
    doc.fields = json["fields"];
  }
  return doc;
}

Result<Dataset> load_dataset(const fs::path& root) {
  std::error_code ec;
  if (!fs::is_directory(root, ec)) {
    return fail(ErrorCode::kNotFound, "dataset " + root.string() + " is not a folder");
  }
  std::map<std::string, fs::path> truths;                             // stem key -> truth file
  std::multimap<std::string, std::pair<std::string, fs::path>> docs;  // stem key -> (relative, path)
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
  if (ec) return fail(ErrorCode::kIoError, "cannot list dataset " + root.string() + ": " + ec.message());
  for (; it != end; it.increment(ec)) {
    if (ec) return fail(ErrorCode::kIoError, "cannot list dataset " + root.string() + ": " + ec.message());
    const std::string name = it->path().filename().string();
    if (it->is_directory(ec)) {
      if (!name.empty() && name.front() == '.') it.disable_recursion_pending();
      continue;
    }
    if (is_ignored(name) || !(it->is_regular_file(ec) || it->is_symlink(ec))) continue;
    const std::string relative = it->path().lexically_relative(root).generic_string();
    if (ends_with(name, kTruthSuffix)) {
      truths[stem_key(relative, true)] = it->path();
    } else {
      docs.emplace(stem_key(relative, false), std::make_pair(relative, it->path()));
    }
  }
  Dataset dataset{.root = root, .documents = {}};
  for (const auto& [key, entry] : docs) {
    auto truth_path = truths.find(key);
    if (truth_path == truths.end()) continue;
    auto text = read_text(truth_path->second);
    if (!text) return tl::unexpected(text.error());
    auto doc = parse_truth(*text, truth_path->second.string());
    if (!doc) return tl::unexpected(doc.error());
    doc->relative_path = entry.first;
    doc->path = entry.second;
    dataset.documents.push_back(std::move(*doc));
  }
  if (dataset.documents.empty()) {
    return fail(ErrorCode::kNotFound,
                "dataset " + root.string() + " holds no document with a NAME.truth.json beside it");
  }
  std::sort(dataset.documents.begin(), dataset.documents.end(),
            [](const auto& a, const auto& b) { return a.relative_path < b.relative_path; });
  return dataset;
}

}  // namespace kycx::eval
