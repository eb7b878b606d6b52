#include "pipeline/crash_marker.hpp"

#include <array>
#include <atomic>
#include <csignal>
#include <cstring>
#include <fstream>

#include <fcntl.h>
#include <unistd.h>

#include "core/atomic_file.hpp"
#include "core/output_access.hpp"

namespace kycx::pipeline {
namespace {

constexpr size_t kSlots = 64;
std::array<std::atomic<std::int64_t>, kSlots> g_in_flight{};
std::array<char, 4096> g_marker_path{};  // written once before the handlers are installed
constexpr int kFatalSignals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT};

// Async-signal-safe: only open, write, close, signal and raise.
void write_number(int fd, std::int64_t n) {
  char digits[24];
  size_t len = 0;
  if (n == 0) digits[len++] = '0';
  while (n > 0 && len < sizeof digits) {
    digits[len++] = static_cast<char>('0' + n % 10);
    n /= 10;
  }
  char out[26];
  for (size_t i = 0; i < len; ++i) out[i] = digits[len - 1 - i];
  out[len] = '\n';
  (void)!::write(fd, out, len + 1);
}

void on_fatal_signal(int sig) {
  const int fd = ::open(g_marker_path.data(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd >= 0) {
    for (const auto& slot : g_in_flight) {
      const std::int64_t id = slot.load(std::memory_order_relaxed);
      if (id > 0) write_number(fd, id);
    }
    ::fsync(fd);
    ::close(fd);
  }
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

}  // namespace

std::filesystem::path CrashMarker::marker_path(const std::filesystem::path& dir, long pid) {
  return dir / ("crash-" + this_host() + "-" + std::to_string(pid));
}

void CrashMarker::install(const std::filesystem::path& dir) {
  static std::atomic<bool> installed{false};
  if (installed.exchange(true)) return;
  (void)create_output_directories(dir);
  const std::string path = marker_path(dir, ::getpid()).string();
  if (path.size() >= g_marker_path.size()) return;  // no marker: every death then counts as a kill
  std::memcpy(g_marker_path.data(), path.c_str(), path.size() + 1);
  struct sigaction action {};
  action.sa_handler = on_fatal_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESETHAND;
  for (int sig : kFatalSignals) ::sigaction(sig, &action, nullptr);
}

void CrashMarker::enter(std::int64_t job_id) {
  for (auto& slot : g_in_flight) {
    std::int64_t empty = 0;
    if (slot.compare_exchange_strong(empty, job_id)) return;
  }
  // More jobs in flight than slots: this one is not named if the process crashes.
}

void CrashMarker::leave(std::int64_t job_id) {
  for (auto& slot : g_in_flight) {
    std::int64_t held = job_id;
    if (slot.compare_exchange_strong(held, 0)) return;
  }
}

std::optional<std::vector<std::int64_t>> CrashMarker::take(const std::filesystem::path& dir, long pid) {
  const auto path = marker_path(dir, pid);
  std::ifstream in(path);
  if (!in) return std::nullopt;
  std::vector<std::int64_t> ids;
  for (std::int64_t id = 0; in >> id;) ids.push_back(id);
  in.close();
  std::error_code ec;
  std::filesystem::remove(path, ec);
  return ids;
}

}  // namespace kycx::pipeline
