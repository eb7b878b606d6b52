// The state of one document on its way through the flow graph. Stages for
// different pages of the same document run concurrently: they write only
// their own page slot, and use the job's methods for shared state.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/envelope.hpp"
#include "extractors/common/extraction.hpp"
#include "ingest/document_reader.hpp"
#include "ocr/page.hpp"

namespace kycx::pipeline {

// One file to process, and its path relative to the inbox (for the outbox).
struct DocumentInput {
  std::filesystem::path path;
  std::string relative_path;
};

struct DocumentJob {
  DocumentJob(DocumentInput in, std::uint64_t seq, double max_seconds);
  // Document `index` (from 1) of `count` in the file of `file_job`, on the
  // file's pages [first, last] (0-based), which it takes from the file's job
  // and numbers from 1 for the readers. Shares the file's reader, deadline
  // and order; the file's stage times so far are apportioned by pages.
  DocumentJob(const std::shared_ptr<DocumentJob>& file_job, int first, int last, int index, int count);

  const DocumentInput input;
  const std::uint64_t sequence;
  const std::chrono::steady_clock::time_point started;
  const std::chrono::system_clock::time_point started_wall;
  const std::chrono::steady_clock::time_point deadline;

  std::shared_ptr<const ingest::DocumentReader> reader;  // released once extraction is done
  std::vector<ocr::Page> pages;                          // slot i written only by page i's stages
  std::atomic<int> pages_remaining{0};
  extractors::Classification classification;
  Envelope envelope;

  // A document of a packet: the file's job, and how many of the file's pages
  // come before its first (its pages are numbered from 1 while it is read,
  // and get the file's numbers back when it is finished). Null and 0 for a
  // file's own job.
  std::shared_ptr<DocumentJob> file_job;
  int page_offset = 0;
  // A file's job split into documents: their envelopes in page order, slot i
  // written only by document i + 1, and how many are still on their way.
  std::vector<Envelope> documents;
  std::atomic<int> documents_remaining{0};

  // Thread-safe: record a failure (the first one decides the message order).
  void reject(const Error& error, const std::string& stage);
  bool rejected() const;
  bool expired() const { return std::chrono::steady_clock::now() > deadline; }
  // Rejects with a timeout error if the deadline passed; returns whether it did.
  bool reject_if_expired(const std::string& stage);

  // Thread-safe: adds wall time spent in a stage (summed over pages).
  void add_stage_time(const std::string& stage, double ms);
  std::map<std::string, double> stage_times() const;

 private:
  mutable std::mutex mutex_;
  std::map<std::string, double> stage_ms_;
  double max_seconds_;
};

using JobPtr = std::shared_ptr<DocumentJob>;

// Times a scope into job.add_stage_time(stage). Models loaded on first use
// inside the scope (on this thread) go to the stage "load_models" instead.
// REQUIRES: destroyed on the thread that created it.
class StageTimer {
 public:
  StageTimer(DocumentJob& job, std::string stage);
  ~StageTimer();
  StageTimer(const StageTimer&) = delete;
  StageTimer& operator=(const StageTimer&) = delete;

 private:
  DocumentJob& job_;
  std::string stage_;
  std::chrono::steady_clock::time_point start_;
  double loading_ms_at_start_;
};

}  // namespace kycx::pipeline
