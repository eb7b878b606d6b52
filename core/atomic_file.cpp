#include "core/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <string>

namespace kycx {

namespace {

Error io_error(const std::string& what, const std::filesystem::path& path) {
  return Error{ErrorCode::kIoError, what + " " + path.string() + ": " + std::strerror(errno)};
}

std::filesystem::path temporary_name(const std::filesystem::path& path) {
  static std::atomic<unsigned long> counter{0};
  return path.parent_path() / ("." + path.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                               std::to_string(counter++));
}

}  // namespace

Result<void> write_file_atomically(const std::filesystem::path& path, std::string_view content) {
  std::error_code ec;
  const auto dir = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
  std::filesystem::create_directories(dir, ec);
  if (ec) return fail(ErrorCode::kIoError, "cannot create folder " + dir.string() + ": " + ec.message());

  const auto tmp = temporary_name(path);
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return tl::unexpected(io_error("cannot create", tmp));
  size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const Error err = io_error("cannot write", tmp);
      ::close(fd);
      ::unlink(tmp.c_str());
      return tl::unexpected(err);
    }
    done += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0) {
    const Error err = io_error("cannot flush", tmp);
    ::close(fd);
    ::unlink(tmp.c_str());
    return tl::unexpected(err);
  }
  ::close(fd);
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    const Error err = io_error("cannot rename into place", path);
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
