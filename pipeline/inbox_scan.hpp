// Lists the files of an inbox folder that are ready to process (contract
// section 3): recursive down to a depth limit, sorted, hidden files and
// partial downloads skipped. Thread-safe.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "pipeline/document_job.hpp"

namespace kycx::pipeline {

// Folder levels below the inbox that are read. Deeper folders are not
// entered: no document tree needs more, and walking a hostile 5,000-level
// tree held memory growing with the square of its depth (1.3 GB).
inline constexpr int kMaxInboxDepth = 64;

// A folder the scan did not enter because it lies deeper than the limit, and
// how many files it would have given.
struct FolderTooDeep {
  std::string relative_path;  // from the inbox, generic separators
  std::uint64_t files = 0;    // files under it at any depth, counted as the scan would list them
  bool complete = true;       // false when part of it could not be counted (the count is a lower bound)
};

struct InboxScan {
  std::vector<DocumentInput> inputs;    // sorted by relative path
  std::vector<FolderTooDeep> too_deep;  // only folders holding files, sorted by relative path
};

// Whether a file name is one we must not take yet (hidden, *.part, *.tmp, *.crdownload).
bool is_ignored_name(const std::string& file_name);

// Every regular file or symbolic link under `inbox` down to `max_depth`
// folder levels (symbolic links are listed so that they get a `rejected`
// envelope; they are never followed), skipping ignored names, file names
// matching any glob of `exclude_names` (e.g. "*.truth.json") and the folder
// `exclude` (an outbox inside the inbox). Folders past `max_depth` are
// reported in `too_deep` with the files they hold, counted in memory that
// grows with their depth, not its square.
Result<InboxScan> scan_inbox(const std::filesystem::path& inbox,
                             const std::optional<std::filesystem::path>& exclude = {},
                             const std::vector<std::string>& exclude_names = {}, int max_depth = kMaxInboxDepth);

}  // namespace kycx::pipeline
