// A labelled dataset (contract sections 5 and 7): every document NAME.EXT
// under a folder, recursively, that has NAME.truth.json beside it; a packet's
// truth lists the documents the file holds, by page. Plain values; loading is
// thread-safe (it touches nothing shared).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/json.hpp"
#include "eval/page_range.hpp"

namespace kycx::eval {

inline constexpr const char* kTruthSuffix = ".truth.json";

// One document of a packet: its pages in the file and what it really says.
struct TruthPart {
  PageRange pages;
  std::string document_type;     // "unknown" for pages of a type kycx does not read
  Json fields = Json::object();  // only these are scored
};

// One labelled file and what it really says: one document, or a packet.
struct LabelledDocument {
  std::filesystem::path path;     // the document file
  std::string relative_path;      // from the dataset root, '/'-separated: joins truth to envelopes
  std::string document_type;      // truth "document_type"; empty for a packet
  Json fields = Json::object();   // truth "fields": only these are scored; empty for a packet
  std::vector<TruthPart> packet;  // a packet's documents, ascending and apart; empty for one document

  bool is_packet() const { return !packet.empty(); }
  // Part `index` (0-based) as a stand-alone document of the same file, to score its fields.
  // REQUIRES: index < packet.size().
  LabelledDocument part(size_t index) const;
};

struct Dataset {
  std::filesystem::path root;
  std::vector<LabelledDocument> documents;  // sorted by relative_path
};

// Parses one truth file's text; `origin` names it in error messages. Either
// {"document_type", "fields"} or {"packet": [{"first_page", "last_page",
// "document_type", "fields"}, ...]} with pages from 1, each part's first <=
// last, parts ascending and not overlapping.
Result<LabelledDocument> parse_truth(const std::string& text, const std::string& origin);

// Every labelled document under `root`. Files without a truth file, *.md,
// hidden files and truth files without a document are ignored. Fails when
// `root` is not a folder, a truth file is malformed, or nothing is labelled.
Result<Dataset> load_dataset(const std::filesystem::path& root);

}  // namespace kycx::eval
