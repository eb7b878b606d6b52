// Real `kycx watch` processes for the watch tests: start, signal, kill, wait;
// their JSON log; the outbox and inbox as they are on disk. Not thread-safe.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <sys/types.h>

#include "core/json.hpp"

namespace kycx::testing {

// One kycx process, its stderr (the JSON log) in a file. Killed if still
// running when destroyed.
class KycxProcess {
 public:
  KycxProcess(const std::vector<std::string>& args, const std::filesystem::path& log);
  ~KycxProcess();
  KycxProcess(const KycxProcess&) = delete;
  KycxProcess& operator=(const KycxProcess&) = delete;

  pid_t pid() const { return pid_; }
  void signal(int sig) const;
  bool running();
  // Waits for the exit status; -1 on timeout (the process is left running).
  int wait(std::chrono::milliseconds timeout = std::chrono::seconds(120));
  // The log's JSON lines.
  std::vector<Json> log_lines() const;
  // How many log lines have this event ("job.done", ...).
  int count(const std::string& event) const;

 private:
  pid_t pid_ = -1;
  int status_ = -1;
  std::filesystem::path log_;
};

// Polls `done` every 20 ms until it is true or `timeout` passes.
bool wait_until(const std::function<bool()>& done, std::chrono::milliseconds timeout);

// The `kycx watch` command line for a test: one OCR worker, short polls.
std::vector<std::string> watch_args(const std::filesystem::path& inbox, const std::filesystem::path& outbox,
                                    const std::vector<std::string>& extra = {});

// OUTBOX/<path>.json files by inbox-relative path (hidden files excluded).
std::map<std::string, Json> read_envelopes(const std::filesystem::path& outbox);
// Temporary files (".name.tmp-*") left anywhere under `dir`.
std::vector<std::filesystem::path> temporaries(const std::filesystem::path& dir);
// sha256 hex of a file's bytes.
std::string file_sha256(const std::filesystem::path& path);
// Writes `bytes` in `chunks` pieces with a pause between them, one open file.
void write_slowly(const std::filesystem::path& path, const std::string& bytes, int chunks,
                  std::chrono::milliseconds pause);
// Writes `bytes` under a hidden temporary name in the same folder, then renames.
void write_then_rename(const std::filesystem::path& path, const std::string& bytes);
// A page of text as PNG that takes Tesseract a second or more: a job that is
// reliably still in flight shortly after it is claimed.
std::string slow_page_png(int variant = 0);

}  // namespace kycx::testing
