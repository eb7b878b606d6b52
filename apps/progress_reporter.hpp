// Progress of a batch on stderr: a redrawn bar with ETA on a terminal, a plain
// line now and then otherwise. Never prints file names (they can hold PII).
// Called from the pipeline's serial writer only.
#pragma once

#include <chrono>
#include <cstdio>

#include "pipeline/run_stats.hpp"

namespace kycx::apps {

class ProgressReporter {
 public:
  ProgressReporter(size_t total, std::FILE* out, bool terminal);
  void update(const pipeline::RunStats& stats);
  // Ends the bar's line on a terminal.
  void finish();

 private:
  size_t total_;
  std::FILE* out_;
  bool terminal_;
  bool drawn_ = false;
  int last_decile_ = 0;
  std::chrono::steady_clock::time_point last_line_;
};

}  // namespace kycx::apps
