#include "core/atomic_file.hpp"

#include <array>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <ctime>
#include <string>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/ascii.hpp"
#include "core/output_access.hpp"

namespace kycx {

namespace {

Error io_error(const std::string& what, const std::filesystem::path& path) {
  return Error{ErrorCode::kIoError, what + " " + path.string() + ": " + std::strerror(errno)};
}

constexpr std::string_view kTemporaryTag = ".tmp-";

std::filesystem::path temporary_name(const std::filesystem::path& path) {
  static std::atomic<unsigned long> counter{0};
  const std::string tail =
      std::string(kTemporaryTag) + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "@" + this_host();
  // A name near the 255-byte limit is cut so that its temporary fits too.
  std::string name = path.filename().string();
  constexpr size_t kNameMax = 255;
  if (1 + name.size() + tail.size() > kNameMax)
    name.resize(kNameMax > tail.size() + 1 ? kNameMax - tail.size() - 1 : 1);
  return path.parent_path() / ("." + name + tail);
}

// What went wrong, in words an operator can act on.
Error write_error(const std::string& what, const std::filesystem::path& path) {
  const int e = errno;
  std::string why = std::strerror(e);
  if (e == ENOSPC || e == EDQUOT) why += " (the disk or the quota is full: free space, then the file is retried)";
  if (e == ENAMETOOLONG) why = "the name or path is longer than the file system allows (255 bytes a name, 4096 a path)";
  if (e == EISDIR) why = "a folder of that name is in the way";
  if (e == EACCES || e == EPERM || e == EROFS) why += " (give the kycx user write access to the outbox)";
  return Error{ErrorCode::kIoError, what + " " + path.string() + ": " + why};
}

}  // namespace

const std::string& this_host() {
  static const std::string host = [] {
    std::array<char, 256> name{};
    if (::gethostname(name.data(), name.size() - 1) != 0) return std::string("localhost");
    std::string out(name.data());
    for (char& c : out) {
      if (c == '/' || c == '@') c = '_';  // keeps the file name one name
    }
    return out.empty() ? std::string("localhost") : out;
  }();
  return host;
}

std::optional<TemporaryWriter> temporary_writer(std::string_view file_name) {
  // ".NAME.tmp-PID-N" or ".NAME.tmp-PID-N@HOST"
  if (file_name.size() < 2 || file_name.front() != '.') return std::nullopt;
  const size_t tag = file_name.rfind(kTemporaryTag);
  if (tag == std::string_view::npos || tag < 2) return std::nullopt;
  std::string_view rest = file_name.substr(tag + kTemporaryTag.size());
  TemporaryWriter writer;
  if (const size_t at = rest.find('@'); at != std::string_view::npos) {
    writer.host = std::string(rest.substr(at + 1));
    rest = rest.substr(0, at);
    if (writer.host.empty()) return std::nullopt;
  }
  const size_t dash = rest.find('-');
  if (dash == std::string_view::npos || !all_ascii_digits(rest.substr(0, dash)) ||
      !all_ascii_digits(rest.substr(dash + 1))) {
    return std::nullopt;
  }
  std::from_chars(rest.data(), rest.data() + dash, writer.pid);
  return writer;
}

int remove_stale_temporaries(const std::filesystem::path& folder, std::chrono::seconds other_hosts_age, int max_depth) {
  const std::time_t cutoff = std::time(nullptr) - static_cast<std::time_t>(other_hosts_age.count());
  int removed = 0;
  std::error_code ec;
  for (std::filesystem::recursive_directory_iterator
           it(folder, std::filesystem::directory_options::skip_permission_denied, ec),
       end;
       !ec && it != end; it.increment(ec)) {
    // The iterator holds every level's full path: the bound keeps a hostile tree from costing gigabytes.
    if (it.depth() + 1 > max_depth) it.disable_recursion_pending();
    const auto writer = temporary_writer(it->path().filename().string());
    if (!writer) continue;
    struct stat st {};
    if (::lstat(it->path().c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
    bool stale = false;
    if (writer->host == this_host()) {
      // Written here: stale once its process is gone, whatever its age.
      stale = writer->pid > 0 && ::kill(static_cast<pid_t>(writer->pid), 0) != 0 && errno == ESRCH;
    } else {
      // Another machine's (or an unnamed) writer cannot be asked: give it time.
      stale = st.st_mtime <= cutoff;
    }
    if (stale && ::unlink(it->path().c_str()) == 0) ++removed;
  }
  return removed;
}

Result<void> write_file_atomically(const std::filesystem::path& path, std::string_view content) {
  const auto dir = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
  if (auto made = create_output_directories(dir); !made) return made;

  const auto tmp = temporary_name(path);
  // 0666 less the umask kycx sets (core/output_access): 0600, or 0640 with --group.
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) return tl::unexpected(write_error("cannot create", tmp));
  if (const auto gid = output_group(); gid && ::fchown(fd, static_cast<uid_t>(-1), *gid) != 0) {
    const Error err = io_error("cannot give the output group to", tmp);
    ::close(fd);
    ::unlink(tmp.c_str());
    return tl::unexpected(err);
  }
  size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const Error err = write_error("cannot write", tmp);
      ::close(fd);
      ::unlink(tmp.c_str());
      return tl::unexpected(err);
    }
    done += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0) {
    const Error err = write_error("cannot flush", tmp);
    ::close(fd);
    ::unlink(tmp.c_str());
    return tl::unexpected(err);
  }
  ::close(fd);
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    const Error err = write_error("cannot write", path);
    ::unlink(tmp.c_str());
    return tl::unexpected(err);
  }
  const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);  // best effort: some file systems refuse fsync on folders
    ::close(dfd);
  }
  return {};
}

}  // namespace kycx
