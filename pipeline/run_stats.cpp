#include "pipeline/run_stats.hpp"

#include <algorithm>
#include <cstdio>

namespace kycx::pipeline {

void RunStats::add(const Envelope& envelope) {
  ++documents;
  switch (envelope.status) {
    case DocumentStatus::kAccepted: ++accepted; break;
    case DocumentStatus::kNeedsReview: ++needs_review; break;
    case DocumentStatus::kRejected: ++rejected; break;
  }
  pages += static_cast<std::int64_t>(envelope.pages.size());
  for (const auto& [stage, ms] : envelope.provenance.stage_ms) stage_ms[stage] += ms;
}

std::string RunStats::summary_line() const {
  char buf[256];
  std::snprintf(
      buf, sizeof buf, "%d documents: %d accepted, %d needs_review, %d rejected; %lld pages in %.1f s (%.2f pages/s)",
      documents, accepted, needs_review, rejected, static_cast<long long>(pages), wall_seconds, pages_per_second());
  std::string line = buf;
  if (files > 0 && files != documents) {
    line.insert(line.find(':'), " from " + std::to_string(files) + (files == 1 ? " file" : " files"));
  }
  if (write_failures > 0) line += "; " + std::to_string(write_failures) + " envelopes could not be written";
  return line;
}

double RunStats::other_cpu_seconds() const {
  return std::max(0.0, cpu_seconds - tesseract_seconds - tesseract_load_seconds);
}

double RunStats::overhead_share() const {
  return tesseract_seconds > 0 ? other_cpu_seconds() / tesseract_seconds : 0.0;
}

std::string RunStats::stage_table() const {
  std::string out = "stage          total_s   ms/page\n";
  for (const auto& [stage, ms] : stage_ms) {
    char buf[128];
    std::snprintf(buf, sizeof buf, "%-12s %9.2f %9.1f\n", stage.c_str(), ms / 1000.0,
                  pages > 0 ? ms / double(pages) : 0.0);
    out += buf;
  }
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "cpu: %.2f s; in Tesseract %.2f s; loading models %.2f s; everything else %.2f s = %.1f%% of "
                "Tesseract's\n",
                cpu_seconds, tesseract_seconds, tesseract_load_seconds, other_cpu_seconds(), 100 * overhead_share());
  out += buf;
  if (ocr_memory_waits > 0) {
    std::snprintf(buf, sizeof buf, "pages that waited for OCR memory: %d\n", ocr_memory_waits);
    out += buf;
  }
  return out;
}

}  // namespace kycx::pipeline
