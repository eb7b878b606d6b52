#include "pipeline/inbox_scan.hpp"

#include <algorithm>
#include <string_view>

#include <dirent.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kycx::pipeline {

namespace fs = std::filesystem;

namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool excluded_name(const std::string& name, const std::vector<std::string>& exclude_names) {
  return std::any_of(exclude_names.begin(), exclude_names.end(),
                     [&](const std::string& glob) { return ::fnmatch(glob.c_str(), name.c_str(), 0) == 0; });
}

constexpr int kOpenFolder = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;

// Counts what the scan would list under a folder too deep to scan, however
// deep it goes: one descriptor open at a time (children are opened relative
// to their parent, so no path grows with the depth), and per level only the
// folder's identity and the names of the sub-folders still to visit. Climbs
// back through "..", checked against the folder it left; if the tree moved
// meanwhile it stops, and the count is a lower bound.
class FileCounter {
 public:
  explicit FileCounter(const std::vector<std::string>& exclude_names) : exclude_names_(exclude_names) {}

  FolderTooDeep count(const fs::path& dir, std::string relative_path) {
    result_ = {std::move(relative_path), 0, true};
    int fd = ::open(dir.c_str(), kOpenFolder);
    if (fd < 0 || !enter(fd)) {
      if (fd >= 0) ::close(fd);
      result_.complete = false;
      return result_;
    }
    while (!levels_.empty()) {
      if (!levels_.back().subfolders.empty()) {
        const std::string name = std::move(levels_.back().subfolders.back());
        levels_.back().subfolders.pop_back();
        const int child = ::openat(fd, name.c_str(), kOpenFolder);
        if (child < 0 || !enter(child)) {
          if (child >= 0) ::close(child);
          result_.complete = false;
          continue;
        }
        ::close(fd);
        fd = child;
        continue;
      }
      levels_.pop_back();
      if (levels_.empty()) break;
      const int parent = ::openat(fd, "..", kOpenFolder);
      struct stat st {};
      if (parent < 0 || ::fstat(parent, &st) != 0 || st.st_dev != levels_.back().device ||
          st.st_ino != levels_.back().inode) {
        if (parent >= 0) ::close(parent);
        result_.complete = false;
        break;
      }
      ::close(fd);
      fd = parent;
    }
    ::close(fd);
    levels_.clear();
    return result_;
  }

 private:
  struct Level {
    dev_t device = 0;
    ino_t inode = 0;
    std::vector<std::string> subfolders;  // still to visit
  };

  // Counts the files of the open folder `fd` and pushes its level.
  bool enter(int fd) {
    struct stat st {};
    if (::fstat(fd, &st) != 0) return false;
    const int listing = ::dup(fd);  // closedir() closes it; `fd` stays open for openat()
    DIR* dir = listing >= 0 ? ::fdopendir(listing) : nullptr;
    if (dir == nullptr) {
      if (listing >= 0) ::close(listing);
      return false;
    }
    Level level{st.st_dev, st.st_ino, {}};
    while (const dirent* entry = ::readdir(dir)) {
      const std::string name = entry->d_name;
      if (name == "." || name == ".." || is_ignored_name(name)) continue;
      unsigned char type = entry->d_type;
      if (type == DT_UNKNOWN) {
        struct stat es {};
        if (::fstatat(fd, entry->d_name, &es, AT_SYMLINK_NOFOLLOW) != 0) continue;
        type = S_ISDIR(es.st_mode) ? DT_DIR : S_ISREG(es.st_mode) ? DT_REG : S_ISLNK(es.st_mode) ? DT_LNK : DT_UNKNOWN;
      }
      if (type == DT_DIR) {
        level.subfolders.push_back(name);
      } else if ((type == DT_REG || type == DT_LNK) && !excluded_name(name, exclude_names_)) {
        ++result_.files;
      }
    }
    ::closedir(dir);
    levels_.push_back(std::move(level));
    return true;
  }

  const std::vector<std::string>& exclude_names_;
  std::vector<Level> levels_;
  FolderTooDeep result_;
};

}  // namespace

bool is_ignored_name(const std::string& file_name) {
  if (file_name.empty() || file_name[0] == '.') return true;
  return ends_with(file_name, ".part") || ends_with(file_name, ".tmp") || ends_with(file_name, ".crdownload");
}

Result<InboxScan> scan_inbox(const fs::path& inbox, const std::optional<fs::path>& exclude,
                             const std::vector<std::string>& exclude_names, int max_depth) {
  std::error_code ec;
  if (!fs::is_directory(inbox, ec)) {
    return fail(ErrorCode::kNotFound, "inbox folder " + inbox.string() + " does not exist or is not a folder");
  }
  const fs::path root = fs::weakly_canonical(inbox, ec);
  std::optional<fs::path> skip;
  if (exclude) skip = fs::weakly_canonical(*exclude, ec);

  InboxScan scan;
  FileCounter counter(exclude_names);
  // The iterator keeps one open folder and its full path per level, so the
  // depth limit also bounds its memory.
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  if (ec) return fail(ErrorCode::kIoError, "cannot list inbox " + inbox.string() + ": " + ec.message());
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    const fs::directory_entry& entry = *it;
    const std::string name = entry.path().filename().string();
    if (entry.is_directory(ec) && !entry.is_symlink(ec)) {
      if (is_ignored_name(name) || (skip && entry.path() == *skip)) {
        it.disable_recursion_pending();
      } else if (it.depth() + 1 > max_depth) {
        it.disable_recursion_pending();
        FolderTooDeep deep = counter.count(entry.path(), entry.path().lexically_relative(root).generic_string());
        if (deep.files > 0 || !deep.complete) scan.too_deep.push_back(std::move(deep));
      }
      continue;
    }
    if (is_ignored_name(name) || excluded_name(name, exclude_names)) continue;
    if (!entry.is_regular_file(ec) && !entry.is_symlink(ec)) continue;
    // lexically: fs::relative would resolve a symbolic link to its target.
    scan.inputs.push_back({entry.path(), entry.path().lexically_relative(root).generic_string()});
  }
  std::sort(scan.inputs.begin(), scan.inputs.end(),
            [](const DocumentInput& a, const DocumentInput& b) { return a.relative_path < b.relative_path; });
  std::sort(scan.too_deep.begin(), scan.too_deep.end(),
            [](const FolderTooDeep& a, const FolderTooDeep& b) { return a.relative_path < b.relative_path; });
  return scan;
}

}  // namespace kycx::pipeline
