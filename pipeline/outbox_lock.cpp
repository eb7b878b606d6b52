#include "pipeline/outbox_lock.hpp"

#include <cerrno>
#include <cstring>
#include <string>
#include <utility>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "core/ascii.hpp"
#include "core/output_access.hpp"

namespace kycx::pipeline {

namespace fs = std::filesystem;

namespace {

// The process id the holder wrote, or empty if it has not yet.
std::string holder_pid(int fd) {
  char text[32] = {};
  const ssize_t n = ::pread(fd, text, sizeof text - 1, 0);
  if (n <= 0) return "";
  std::string pid(text, static_cast<size_t>(n));
  while (!pid.empty() && pid.back() == '\n') pid.pop_back();
  return !pid.empty() && all_ascii_digits(pid) ? pid : "";
}

}  // namespace

fs::path outbox_lock_path(const fs::path& outbox) {
  return outbox / ".kycx" / "batch.lock";
}

Result<OutboxLock> OutboxLock::acquire(const fs::path& outbox) {
  const fs::path path = outbox_lock_path(outbox);
  if (auto made = create_output_directories(path.parent_path()); !made) return tl::unexpected(made.error());
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0) {
    return fail(ErrorCode::kIoError, "cannot open the batch lock " + path.string() + ": " + std::strerror(errno));
  }
  OutboxLock lock(fd);
  int locked = 0;
  while ((locked = ::flock(fd, LOCK_EX | LOCK_NB)) != 0 && errno == EINTR) {
  }
  if (locked != 0) {
    if (errno != EWOULDBLOCK) {
      return fail(ErrorCode::kIoError, "cannot lock " + path.string() + ": " + std::strerror(errno));
    }
    const std::string pid = holder_pid(fd);
    return fail(ErrorCode::kConflict, "another kycx batch" + (pid.empty() ? std::string() : " (pid " + pid + ")") +
                                          " is writing to " + outbox.string() + "; wait for it or use another --out");
  }
  const std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, pid.data(), pid.size(), 0) != static_cast<ssize_t>(pid.size())) {
    return fail(ErrorCode::kIoError, "cannot write to the batch lock " + path.string() + ": " + std::strerror(errno));
  }
  return lock;
}

OutboxLock::OutboxLock(OutboxLock&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}

OutboxLock& OutboxLock::operator=(OutboxLock&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = std::exchange(other.fd_, -1);
  }
  return *this;
}

OutboxLock::~OutboxLock() {
  if (fd_ >= 0) ::close(fd_);  // closing the last descriptor releases the flock
}

}  // namespace kycx::pipeline
