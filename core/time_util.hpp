// Clock helpers for provenance, logs and --stats. Thread-safe.
#pragma once

#include <chrono>
#include <string>

namespace kycx {

// "2026-11-22T17:42:55Z"
std::string iso8601_utc(std::chrono::system_clock::time_point t);
inline std::string now_iso8601_utc() {
  return iso8601_utc(std::chrono::system_clock::now());
}

// Milliseconds elapsed since `start` on the steady clock.
inline double elapsed_ms(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// CPU seconds used so far by the calling thread, and by the whole process
// (all threads, user and system time).
double thread_cpu_seconds();
double process_cpu_seconds();

}  // namespace kycx
