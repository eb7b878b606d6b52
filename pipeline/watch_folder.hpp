// A folder tree watched with Linux inotify: reports files once they are
// complete (closed after writing, or moved in), symbolic links and other
// non-regular files when they appear (so they can be rejected), and folders
// created or moved in (watched at once; the caller scans them, since files may
// have landed before the watch). Hidden names and partial downloads are
// skipped (is_ignored_name). Not thread-safe: one thread reads events.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <unordered_map>
#include <vector>

#include "core/error.hpp"

namespace kycx::pipeline {

struct FolderEvents {
  std::vector<std::filesystem::path> files;     // complete files, absolute
  std::vector<std::filesystem::path> new_dirs;  // folders now watched: scan them
  bool overflowed = false;                      // the kernel dropped events: rescan everything
};

class FolderWatcher {
 public:
  // Watches `root` and every folder under it, except hidden ones and those
  // under `excluded` (an outbox or done folder inside the inbox).
  static Result<std::unique_ptr<FolderWatcher>> create(const std::filesystem::path& root,
                                                       std::vector<std::filesystem::path> excluded = {});
  ~FolderWatcher();
  FolderWatcher(const FolderWatcher&) = delete;
  FolderWatcher& operator=(const FolderWatcher&) = delete;

  // Adds watches to `top` and the folders under it (again after an overflow:
  // a watch that exists is kept). Returns how many folders are watched.
  size_t watch_tree(const std::filesystem::path& top);
  // Waits up to `timeout` for events and returns them (empty on timeout).
  Result<FolderEvents> wait(std::chrono::milliseconds timeout);

  const std::filesystem::path& root() const { return root_; }

 private:
  FolderWatcher(int fd, std::filesystem::path root, std::vector<std::filesystem::path> excluded)
      : fd_(fd), root_(std::move(root)), excluded_(std::move(excluded)) {}
  bool excluded(const std::filesystem::path& dir) const;
  bool add_watch(const std::filesystem::path& dir);

  int fd_;
  std::filesystem::path root_;
  std::vector<std::filesystem::path> excluded_;
  std::unordered_map<int, std::filesystem::path> dirs_;  // watch descriptor -> folder
};

// Whether `path` is `dir` or inside it (lexically; both absolute and normal).
bool path_within(const std::filesystem::path& path, const std::filesystem::path& dir);

}  // namespace kycx::pipeline
