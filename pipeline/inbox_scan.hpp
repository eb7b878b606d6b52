// Lists the files of an inbox folder that are ready to process (contract
// section 3): recursive, sorted, hidden files and partial downloads skipped.
// Thread-safe.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "pipeline/document_job.hpp"

namespace kycx::pipeline {

// Whether a file name is one we must not take yet (hidden, *.part, *.tmp, *.crdownload).
bool is_ignored_name(const std::string& file_name);

// Every regular file or symbolic link under `inbox` (symbolic links are
// listed so that they get a `rejected` envelope; they are never followed),
// skipping ignored names, file names matching any glob of `exclude_names`
// (e.g. "*.truth.json") and the folder `exclude` (an outbox inside the inbox).
Result<std::vector<DocumentInput>> scan_inbox(const std::filesystem::path& inbox,
                                              const std::optional<std::filesystem::path>& exclude = {},
                                              const std::vector<std::string>& exclude_names = {});

}  // namespace kycx::pipeline
