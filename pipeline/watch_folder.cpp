#include "pipeline/watch_folder.hpp"

#include <array>
#include <cerrno>
#include <cstring>

#include <poll.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pipeline/inbox_scan.hpp"

namespace kycx::pipeline {

namespace fs = std::filesystem;

namespace {
constexpr std::uint32_t kMask = IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_ONLYDIR | IN_DONT_FOLLOW | IN_EXCL_UNLINK;
}  // namespace

bool path_within(const fs::path& path, const fs::path& dir) {
  auto p = path.begin();
  for (auto d = dir.begin(); d != dir.end(); ++d, ++p) {
    if (d->empty()) continue;  // a trailing separator
    if (p == path.end() || *p != *d) return false;
  }
  return true;
}

Result<std::unique_ptr<FolderWatcher>> FolderWatcher::create(const fs::path& root, std::vector<fs::path> excluded) {
  std::error_code ec;
  if (!fs::is_directory(root, ec)) {
    return fail(ErrorCode::kNotFound, "inbox folder " + root.string() + " does not exist or is not a folder");
  }
  const int fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd < 0) return fail(ErrorCode::kIoError, std::string("cannot start watching folders: ") + std::strerror(errno));
  for (auto& e : excluded) e = fs::weakly_canonical(e, ec);
  std::unique_ptr<FolderWatcher> watcher(new FolderWatcher(fd, fs::canonical(root, ec), std::move(excluded)));
  if (!watcher->add_watch(watcher->root_)) {
    return fail(ErrorCode::kIoError, "cannot watch " + root.string() + ": " + std::strerror(errno) +
                                         " (check permissions, or raise fs.inotify.max_user_watches)");
  }
  watcher->watch_tree(watcher->root_);
  return watcher;
}

FolderWatcher::~FolderWatcher() {
  ::close(fd_);
}

bool FolderWatcher::excluded(const fs::path& dir) const {
  for (const auto& e : excluded_) {
    if (path_within(dir, e)) return true;
  }
  return false;
}

bool FolderWatcher::add_watch(const fs::path& dir) {
  const int wd = ::inotify_add_watch(fd_, dir.c_str(), kMask);
  if (wd < 0) return false;
  dirs_[wd] = dir;
  return true;
}

size_t FolderWatcher::watch_tree(const fs::path& top) {
  std::error_code ec;
  if (excluded(top) || !add_watch(top)) return dirs_.size();
  for (fs::recursive_directory_iterator it(top, fs::directory_options::skip_permission_denied, ec), end;
       !ec && it != end; it.increment(ec)) {
    if (!it->is_directory(ec) || it->is_symlink(ec)) continue;
    if (is_ignored_name(it->path().filename().string()) || excluded(it->path())) {
      it.disable_recursion_pending();
      continue;
    }
    // As the scan (inbox_scan.hpp): folders deeper than kMaxInboxDepth below
    // `top` are not watched, which also bounds the iterator's memory.
    if (it.depth() + 1 >= kMaxInboxDepth) it.disable_recursion_pending();
    add_watch(it->path());
  }
  return dirs_.size();
}

Result<FolderEvents> FolderWatcher::wait(std::chrono::milliseconds timeout) {
  FolderEvents events;
  pollfd pfd{fd_, POLLIN, 0};
  const int ready = ::poll(&pfd, 1, static_cast<int>(timeout.count()));
  if (ready < 0 && errno != EINTR) return fail(ErrorCode::kIoError, std::string("watching: ") + std::strerror(errno));
  if (ready <= 0) return events;
  alignas(inotify_event) std::array<char, std::size_t{64} * 1024> buffer;
  for (;;) {
    const ssize_t n = ::read(fd_, buffer.data(), buffer.size());
    if (n <= 0) break;  // EAGAIN: drained
    for (ssize_t offset = 0; offset < n;) {
      const auto* ev = reinterpret_cast<const inotify_event*>(buffer.data() + offset);
      offset += static_cast<ssize_t>(sizeof(inotify_event) + ev->len);
      if (ev->mask & IN_Q_OVERFLOW) events.overflowed = true;
      if (ev->mask & IN_IGNORED) dirs_.erase(ev->wd);
      const auto dir = dirs_.find(ev->wd);
      if (ev->len == 0 || dir == dirs_.end()) continue;
      const std::string name(ev->name);
      if (is_ignored_name(name)) continue;
      const fs::path path = dir->second / name;
      if (ev->mask & IN_ISDIR) {
        if ((ev->mask & (IN_CREATE | IN_MOVED_TO)) && !excluded(path)) {
          watch_tree(path);
          events.new_dirs.push_back(path);
        }
      } else if (ev->mask & (IN_CLOSE_WRITE | IN_MOVED_TO)) {
        events.files.push_back(path);
      } else if (ev->mask & IN_CREATE) {
        // A regular file is taken when closed; a link or pipe never will be.
        struct stat st {};
        if (::lstat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) events.files.push_back(path);
      }
    }
  }
  return events;
}

}  // namespace kycx::pipeline
