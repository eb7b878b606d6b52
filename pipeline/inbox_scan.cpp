#include "pipeline/inbox_scan.hpp"

#include <algorithm>

#include <fnmatch.h>

namespace kycx::pipeline {

namespace fs = std::filesystem;

namespace {
bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
}  // namespace

bool is_ignored_name(const std::string& file_name) {
  if (file_name.empty() || file_name[0] == '.') return true;
  return ends_with(file_name, ".part") || ends_with(file_name, ".tmp") || ends_with(file_name, ".crdownload");
}

Result<std::vector<DocumentInput>> scan_inbox(const fs::path& inbox, const std::optional<fs::path>& exclude,
                                              const std::vector<std::string>& exclude_names) {
  std::error_code ec;
  if (!fs::is_directory(inbox, ec)) {
    return fail(ErrorCode::kNotFound, "inbox folder " + inbox.string() + " does not exist or is not a folder");
  }
  const fs::path root = fs::weakly_canonical(inbox, ec);
  std::optional<fs::path> skip;
  if (exclude) skip = fs::weakly_canonical(*exclude, ec);

  std::vector<DocumentInput> inputs;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  if (ec) return fail(ErrorCode::kIoError, "cannot list inbox " + inbox.string() + ": " + ec.message());
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    const fs::directory_entry& entry = *it;
    const std::string name = entry.path().filename().string();
    if (entry.is_directory(ec) && !entry.is_symlink(ec)) {
      if (is_ignored_name(name) || (skip && entry.path() == *skip)) it.disable_recursion_pending();
      continue;
    }
    if (is_ignored_name(name)) continue;
    if (std::any_of(exclude_names.begin(), exclude_names.end(),
                    [&](const std::string& glob) { return ::fnmatch(glob.c_str(), name.c_str(), 0) == 0; })) {
      continue;
    }
    if (!entry.is_regular_file(ec) && !entry.is_symlink(ec)) continue;
    // lexically: fs::relative would resolve a symbolic link to its target.
    inputs.push_back({entry.path(), entry.path().lexically_relative(root).generic_string()});
  }
  std::sort(inputs.begin(), inputs.end(),
            [](const DocumentInput& a, const DocumentInput& b) { return a.relative_path < b.relative_path; });
  return inputs;
}

}  // namespace kycx::pipeline
