#include "pipeline/watch_queue.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <map>
#include <thread>

#include <signal.h>
#include <unistd.h>

#include "pipeline/crash_marker.hpp"

namespace kycx::pipeline {

namespace {

using std::chrono::milliseconds;

bool transient(const Error& e) {
  return e.code == ErrorCode::kUnavailable || e.code == ErrorCode::kIoError;
}

// The pid of `owner` ("host:pid:nonce") when it names a process of this
// machine that no longer runs.
std::optional<long> dead_local_owner(const std::string& owner) {
  std::array<char, 256> host{};
  if (::gethostname(host.data(), host.size() - 1) != 0) return std::nullopt;
  const std::string prefix = std::string(host.data()) + ":";
  if (owner.rfind(prefix, 0) != 0) return std::nullopt;
  const std::string rest = owner.substr(prefix.size());
  const auto colon = rest.find(':');
  if (colon == std::string::npos) return std::nullopt;
  char* end = nullptr;
  const long pid = std::strtol(rest.c_str(), &end, 10);
  if (end != rest.c_str() + colon || pid <= 0 || pid == ::getpid()) return std::nullopt;
  if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) return std::nullopt;
  return pid;
}

}  // namespace

WatchQueue::WatchQueue(std::unique_ptr<store::JobStore> store, const WatchQueueOptions& options, JobLog& log)
    : store_(std::move(store)), options_(options), log_(log), owner_(log.worker()) {}

template <class Op>
auto WatchQueue::with_store(Op op, milliseconds budget) -> decltype(op(std::declval<store::JobStore&>())) {
  const auto deadline = std::chrono::steady_clock::now() + budget;
  milliseconds backoff(100);
  for (;;) {
    auto result = [&] {
      std::lock_guard lock(store_mutex_);
      return op(*store_);
    }();
    if (result || !transient(result.error()) || std::chrono::steady_clock::now() + backoff > deadline) return result;
    log_.event("store.retry", {{"error", to_string(result.error().code)}, {"backoff_ms", backoff.count()}});
    std::unique_lock lock(state_mutex_);
    wake_.wait_for(lock, backoff);
    backoff = std::min(backoff * 2, milliseconds(5000));
  }
}

std::optional<store::Claim> WatchQueue::wait_claim() {
  const store::ClaimOptions claim_options{
      .owner = owner_, .lease = options_.lease, .max_attempts = options_.max_attempts};
  for (;;) {
    if (stopping()) return std::nullopt;
    auto claimed = with_store([&](store::JobStore& s) { return s.claim(claim_options); }, options_.lease);
    if (claimed && *claimed) {
      log_.job("job.claimed", (*claimed)->job);
      return std::move(**claimed);
    }
    if (!claimed) log_.event("store.error", {{"operation", "claim"}, {"error", to_string(claimed.error().code)}});
    if (claimed && options_.until_idle) {
      auto s = status();
      if (s && s->queued == 0 && s->processing == 0) return std::nullopt;
    }
    std::unique_lock lock(state_mutex_);
    wake_.wait_for(lock, options_.poll, [&] { return stop_ || woken_; });
    woken_ = false;
  }
}

void WatchQueue::wake() {
  {
    std::lock_guard lock(state_mutex_);
    woken_ = true;
  }
  wake_.notify_all();
}

void WatchQueue::stop() {
  {
    std::lock_guard lock(state_mutex_);
    stop_ = true;
  }
  wake_.notify_all();
}

bool WatchQueue::stopping() const {
  std::lock_guard lock(state_mutex_);
  return stop_;
}

void WatchQueue::hold(const store::Job& job) {
  CrashMarker::enter(job.id);
  std::lock_guard lock(state_mutex_);
  held_[job.relative_path] = job;
}

std::optional<store::Job> WatchQueue::held(const std::string& relative_path) const {
  std::lock_guard lock(state_mutex_);
  const auto it = held_.find(relative_path);
  if (it == held_.end()) return std::nullopt;
  return it->second;
}

void WatchQueue::drop(const store::Job& job) {
  CrashMarker::leave(job.id);
  std::lock_guard lock(state_mutex_);
  const auto it = held_.find(job.relative_path);
  if (it != held_.end() && it->second.id == job.id) held_.erase(it);
}

bool WatchQueue::still_held(const store::Job& job) {
  auto renewed = with_store([&](store::JobStore& s) { return s.renew(job, options_.lease); }, options_.lease);
  // A store we cannot reach decides nothing: finish() is fenced anyway.
  return !renewed || *renewed;
}

void WatchQueue::renew_held() {
  std::map<std::string, store::Job> held;
  {
    std::lock_guard lock(state_mutex_);
    held = held_;
  }
  for (const auto& entry : held) {
    const store::Job& job = entry.second;
    auto renewed = with_store([&](store::JobStore& s) { return s.renew(job, options_.lease); }, options_.lease / 3);
    if (renewed && !*renewed) {
      log_.job("job.lease_lost", job);
      drop(job);
    }
  }
}

Result<void> WatchQueue::finish(const store::Job& job, const store::JobOutcome& outcome) {
  return with_store([&](store::JobStore& s) { return s.finish(job, outcome); }, options_.lease);
}

void WatchQueue::release(const store::Job& job, const std::string& error) {
  auto released =
      with_store([&](store::JobStore& s) { return s.release(job, error, milliseconds(5000)); }, options_.lease);
  log_.job("job.retry", job, {{"released", released.has_value()}});
}

void WatchQueue::reclaim_dead_local_owners() {
  auto processing = with_store([](store::JobStore& s) { return s.processing_jobs(); }, options_.lease);
  if (!processing) return;
  std::map<long, std::optional<std::vector<std::int64_t>>> markers;  // by dead pid
  for (const auto& job : *processing) {
    const auto pid = dead_local_owner(job.lease_owner);
    if (!pid) continue;
    if (!markers.contains(*pid)) markers[*pid] = CrashMarker::take(options_.crash_dir, *pid);
    const auto& crashed_jobs = markers[*pid];
    // A crash counts against the jobs it interrupted; a kill from outside
    // (no marker) counts against none.
    const bool crashed =
        crashed_jobs && std::find(crashed_jobs->begin(), crashed_jobs->end(), job.id) != crashed_jobs->end();
    auto reclaimed = with_store(
        [&](store::JobStore& s) { return crashed ? s.expire_lease(job) : s.requeue_killed(job); }, options_.lease);
    if (reclaimed && *reclaimed) {
      log_.job("job.orphan_reclaimed", job, {{"previous_owner", job.lease_owner}, {"crashed", crashed}});
    }
  }
}

Result<store::QueueStatus> WatchQueue::status() {
  return with_store([](store::JobStore& s) { return s.status(); }, options_.lease);
}

}  // namespace kycx::pipeline
