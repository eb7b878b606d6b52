#include "pipeline/watch_log.hpp"

#include <chrono>
#include <ctime>

namespace kycx::pipeline {

namespace {

// "2026-11-22T17:42:55.123Z": log lines need sub-second order.
std::string timestamp_ms() {
  const auto now = std::chrono::system_clock::now();
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  std::tm tm{};
  ::gmtime_r(&t, &tm);
  char buf[96];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms));
  return buf;
}

}  // namespace

void JobLog::event(std::string_view event, Json fields) {
  Json line = {{"ts", timestamp_ms()}, {"event", event}};
  if (!worker_.empty()) line["worker"] = worker_;
  for (auto& [key, value] : fields.items()) line[key] = std::move(value);
  const std::string text = line.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
  std::lock_guard lock(mutex_);
  std::fwrite(text.data(), 1, text.size(), out_);
  std::fflush(out_);
}

void JobLog::job(std::string_view name, const store::Job& job, Json fields) {
  Json line = {{"job", job.id}, {"document_id", job.content_hash}, {"attempt", job.attempts}};
  for (auto& [key, value] : fields.items()) line[key] = std::move(value);
  event(name, std::move(line));
}

}  // namespace kycx::pipeline
