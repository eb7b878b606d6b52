#include "ingest/file_reader.hpp"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kycx::ingest {

namespace {

std::string mib(std::uint64_t bytes) {
  return std::to_string((bytes + (1u << 20) - 1) >> 20) + " MiB";
}

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

}  // namespace

Result<std::string> read_file_bounded(const std::filesystem::path& path, std::uint64_t max_bytes) {
  // O_NONBLOCK: opening a FIFO dropped into an inbox must not hang.
  Fd fd(::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK));
  if (fd.get() < 0) {
    const int err = errno;
    if (err == ELOOP) {
      return fail(ErrorCode::kPermissionDenied,
                  "the input is a symbolic link; kycx reads only regular files (copy the file itself into the inbox)");
    }
    if (err == EACCES || err == EPERM) {
      return fail(ErrorCode::kPermissionDenied,
                  "the file cannot be read: permission denied (give the kycx user read access)");
    }
    if (err == ENOENT)
      return fail(ErrorCode::kNotFound, "the file does not exist (moved or deleted before it was read)");
    return fail(ErrorCode::kIoError, std::string("the file cannot be opened: ") + std::strerror(err));
  }
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) {
    return fail(ErrorCode::kIoError, std::string("the file cannot be inspected: ") + std::strerror(errno));
  }
  if (!S_ISREG(st.st_mode)) {
    return fail(ErrorCode::kUnsupportedFormat, "the input is not a regular file (a directory, device or pipe)");
  }
  const auto size = static_cast<std::uint64_t>(st.st_size);
  if (size > max_bytes) {
    return fail(ErrorCode::kTooLarge, "the file is " + mib(size) + ", over the limit of " + mib(max_bytes) +
                                          " per file (raise --max-file-mib if this is expected)");
  }
  std::string bytes;
  bytes.resize(size);
  std::uint64_t done = 0;
  while (done < size) {
    const ssize_t n = ::read(fd.get(), bytes.data() + done, size - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail(ErrorCode::kIoError, std::string("reading the file failed: ") + std::strerror(errno));
    }
    if (n == 0) break;  // shrank while we read
    done += static_cast<std::uint64_t>(n);
  }
  bytes.resize(done);
  return bytes;
}

}  // namespace kycx::ingest
