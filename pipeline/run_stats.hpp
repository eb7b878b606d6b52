// Counters of one pipeline run, for the summary line and --stats.
// Updated by the graph's serial writer only.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/envelope.hpp"

namespace kycx::pipeline {

struct RunStats {
  int files = 0;      // inputs written: a packet's documents come from one
  int documents = 0;  // envelopes
  int accepted = 0;
  int needs_review = 0;
  int rejected = 0;
  int write_failures = 0;  // envelopes that could not be written out
  // For each input whose envelope could not be written: why, naming the path
  // ("cannot create folder out/a: No space left on device"). For the operator's
  // terminal, not for logs.
  std::vector<std::string> write_errors;
  std::int64_t pages = 0;
  double wall_seconds = 0;
  std::map<std::string, double> stage_ms;  // summed over documents
  // CPU seconds of the whole process during the run, and the parts of it
  // spent inside Tesseract (reading, orientation) and loading its models.
  double cpu_seconds = 0;
  double tesseract_seconds = 0;
  double tesseract_load_seconds = 0;
  int ocr_memory_waits = 0;  // pages that waited for the OCR pixel budget

  void add(const Envelope& envelope);
  double pages_per_second() const { return wall_seconds > 0 ? double(pages) / wall_seconds : 0.0; }
  // "12 documents: 9 accepted, 2 needs_review, 1 rejected; 30 pages in 41.2 s (0.73 pages/s)";
  // "12 documents from 10 files: ..." when packets were split.
  std::string summary_line() const;
  // CPU seconds outside Tesseract and its model loading.
  double other_cpu_seconds() const;
  // CPU time outside Tesseract (less model loading), as a share of
  // Tesseract's: what everything but recognition costs. 0 without Tesseract.
  double overhead_share() const;
  // One line per stage: total and mean milliseconds per page; then the CPU split.
  std::string stage_table() const;
};

}  // namespace kycx::pipeline
