// Tells a document that crashes kycx from a worker killed from outside.
// A fatal signal raised inside the process (SIGSEGV, SIGBUS, SIGILL, SIGFPE,
// SIGABRT: a decoder fault, a failed assertion) writes the ids of the jobs in
// flight to a marker file before the process dies; kill -9, the OOM killer or
// a power cut write none. On restart, the jobs of a dead worker with no marker
// are queued again with that attempt not counted, so only crashes use up
// --max-attempts. Process-wide; enter/leave are lock-free and thread-safe.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

namespace kycx::pipeline {

class CrashMarker {
 public:
  // Installs the handlers; markers go to `dir` (created). Once per process.
  static void install(const std::filesystem::path& dir);
  // A job started or ended in this process.
  static void enter(std::int64_t job_id);
  static void leave(std::int64_t job_id);
  // The jobs in flight when process `pid` of this machine crashed, removing
  // its marker; nullopt when it left none (it was killed, not crashed).
  static std::optional<std::vector<std::int64_t>> take(const std::filesystem::path& dir, long pid);
  // The marker file of process `pid` in `dir`.
  static std::filesystem::path marker_path(const std::filesystem::path& dir, long pid);
};

}  // namespace kycx::pipeline
