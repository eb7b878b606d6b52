#include "apps/progress_reporter.hpp"

#include <string>

namespace kycx::apps {

namespace {
std::string clock_text(double seconds) {
  const long s = std::lround(seconds);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
  return buf;
}
}  // namespace

ProgressReporter::ProgressReporter(size_t total, std::FILE* out, bool terminal)
    : total_(total), out_(out), terminal_(terminal), last_line_(std::chrono::steady_clock::now()) {}

void ProgressReporter::update(const pipeline::RunStats& stats) {
  if (total_ == 0) return;
  const size_t done = static_cast<size_t>(stats.files);
  const double fraction = double(done) / double(total_);
  const double eta = done > 0 ? stats.wall_seconds / double(done) * double(total_ - done) : 0.0;
  if (terminal_) {
    constexpr int kWidth = 30;
    const int filled = static_cast<int>(fraction * kWidth);
    std::string bar(static_cast<size_t>(filled), '#');
    bar.resize(kWidth, '.');
    std::fprintf(out_, "\r[%s] %zu/%zu %3.0f%%  %.2f pages/s  ETA %s  (rejected %d) ", bar.c_str(), done, total_,
                 fraction * 100, stats.pages_per_second(), clock_text(eta).c_str(), stats.rejected);
    std::fflush(out_);
    drawn_ = true;
    return;
  }
  const int decile = static_cast<int>(fraction * 10);
  const auto now = std::chrono::steady_clock::now();
  if (decile > last_decile_ || now - last_line_ > std::chrono::seconds(30) || done == total_) {
    last_decile_ = decile;
    last_line_ = now;
    std::fprintf(out_, "progress: %zu/%zu files (%.0f%%), %.2f pages/s, ETA %s\n", done, total_, fraction * 100,
                 stats.pages_per_second(), clock_text(eta).c_str());
    std::fflush(out_);
  }
}

void ProgressReporter::finish() {
  if (terminal_ && drawn_) std::fputc('\n', out_);
}

}  // namespace kycx::apps
