#include "eval/dataset.hpp"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <limits>
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

Result<Json> fields_of(const Json& json, const std::string& where) {
  if (!json.contains("fields")) return Json::object();
  if (!json["fields"].is_object()) return fail(ErrorCode::kInvalidArgument, where + ": \"fields\" must be an object");
  return json["fields"];
}

Result<int> page_of(const Json& part, const char* key, const std::string& where) {
  if (!part.contains(key) || !part[key].is_number_integer() || part[key].get<std::int64_t>() < 1 ||
      part[key].get<std::int64_t>() > std::numeric_limits<int>::max()) {
    return fail(ErrorCode::kInvalidArgument, where + " needs \"" + key + "\", a page number from 1");
  }
  return part[key].get<int>();
}

Result<TruthPart> parse_part(const Json& json, const std::string& where) {
  if (!json.is_object()) return fail(ErrorCode::kInvalidArgument, where + " must be an object");
  auto first = page_of(json, "first_page", where);
  if (!first) return tl::unexpected(first.error());
  auto last = page_of(json, "last_page", where);
  if (!last) return tl::unexpected(last.error());
  if (*first > *last) {
    return fail(ErrorCode::kInvalidArgument,
                where + ": first_page " + std::to_string(*first) + " is after last_page " + std::to_string(*last));
  }
  if (!json.contains("document_type") || !json["document_type"].is_string()) {
    return fail(ErrorCode::kInvalidArgument, where + " needs a string \"document_type\"");
  }
  auto fields = fields_of(json, where);
  if (!fields) return tl::unexpected(fields.error());
  return TruthPart{.pages = {*first, *last},
                   .document_type = json["document_type"].get<std::string>(),
                   .fields = std::move(*fields)};
}

Result<LabelledDocument> parse_packet(const Json& json, const std::string& origin) {
  const std::string where = "truth file " + origin;
  if (json.contains("document_type") || json.contains("fields")) {
    return fail(ErrorCode::kInvalidArgument,
                where + " has both \"packet\" and a document's \"document_type\" or \"fields\"; keep one");
  }
  const Json& parts = json["packet"];
  if (!parts.is_array() || parts.empty()) {
    return fail(ErrorCode::kInvalidArgument, where + ": \"packet\" must be a non-empty array of documents");
  }
  LabelledDocument doc;
  for (size_t i = 0; i < parts.size(); ++i) {
    auto part = parse_part(parts[i], where + ", packet document " + std::to_string(i + 1));
    if (!part) return tl::unexpected(part.error());
    if (!doc.packet.empty() && part->pages.first <= doc.packet.back().pages.last) {
      return fail(ErrorCode::kInvalidArgument, where + ": packet document " + std::to_string(i + 1) + " (pages " +
                                                   part->pages.text() + ") must start after page " +
                                                   std::to_string(doc.packet.back().pages.last) +
                                                   ", where the one before it ends");
    }
    doc.packet.push_back(std::move(*part));
  }
  return doc;
}

}  // namespace

LabelledDocument LabelledDocument::part(size_t index) const {
  const TruthPart& p = packet.at(index);
  return LabelledDocument{
      .path = path, .relative_path = relative_path, .document_type = p.document_type, .fields = p.fields, .packet = {}};
}

Result<LabelledDocument> parse_truth(const std::string& text, const std::string& origin) {
  Json json;
  try {
    json = Json::parse(text);
  } catch (const nlohmann::json::exception& e) {
    return fail(ErrorCode::kInvalidArgument, "truth file " + origin + " is not valid JSON: " + e.what());
  }
  if (json.is_object() && json.contains("packet")) return parse_packet(json, origin);
  if (!json.is_object() || !json.contains("document_type") || !json["document_type"].is_string()) {
    return fail(ErrorCode::kInvalidArgument,
                "truth file " + origin + " needs a string \"document_type\" (or a \"packet\" array)");
  }
  LabelledDocument doc;
  doc.document_type = json["document_type"].get<std::string>();
  auto fields = fields_of(json, "truth file " + origin);
  if (!fields) return tl::unexpected(fields.error());
  doc.fields = std::move(*fields);
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
