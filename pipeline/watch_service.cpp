#include "pipeline/watch_service.hpp"

#include <thread>

#include "core/atomic_file.hpp"
#include "core/output_access.hpp"
#include "pipeline/crash_marker.hpp"
#include "pipeline/inbox_scan.hpp"
#include "pipeline/job_store_source.hpp"
#include "pipeline/watch_folder.hpp"
#include "pipeline/watch_intake.hpp"
#include "pipeline/watch_result_sink.hpp"

namespace kycx::pipeline {

namespace fs = std::filesystem;
using std::chrono::milliseconds;

void WatchService::stop() {
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
    if (queue_) queue_->stop();
  }
  stopped_.notify_all();
}

bool WatchService::wait_stop(milliseconds timeout) {
  std::unique_lock lock(mutex_);
  return stopped_.wait_for(lock, timeout, [&] { return stop_; });
}

void WatchService::intake_loop(Intake& intake, FolderWatcher* watcher) {
  intake.scan(watcher->root(), "startup");
  auto last_scan = std::chrono::steady_clock::now();
  while (!wait_stop(milliseconds(0))) {
    if (options_.rescan.count() > 0 && std::chrono::steady_clock::now() - last_scan >= options_.rescan) {
      watcher->watch_tree(watcher->root());
      intake.scan(watcher->root(), "periodic");
      last_scan = std::chrono::steady_clock::now();
    }
    auto events = watcher->wait(milliseconds(200));
    if (!events) {
      log_.event("watch.error", {{"error", to_string(events.error().code)}});
      wait_stop(milliseconds(1000));
      continue;
    }
    if (events->overflowed) {
      log_.event("watch.overflow");
      watcher->watch_tree(watcher->root());
      intake.scan(watcher->root(), "overflow");
    }
    for (const auto& dir : events->new_dirs) intake.scan(dir, "new_folder");
    intake.add(events->files);
    intake.tick();
  }
}

void WatchService::heartbeat_loop(WatchQueue& queue, SourceDisposal& disposal) {
  const milliseconds beat = std::max(milliseconds(50), options_.queue.lease / 3);
  auto last_sweep = std::chrono::steady_clock::now();
  while (!wait_stop(beat)) {
    queue.renew_held();
    if (std::chrono::steady_clock::now() - last_sweep > std::max(options_.queue.lease, milliseconds(10000))) {
      queue.reclaim_dead_local_owners();
      disposal.purge_expired();
      last_sweep = std::chrono::steady_clock::now();
    }
  }
}

Result<WatchSummary> WatchService::run(Pipeline* pipeline) {
  std::error_code ec;
  if (!fs::is_directory(options_.inbox, ec)) {
    return fail(ErrorCode::kNotFound, "inbox folder " + options_.inbox.string() + " does not exist or is not a folder");
  }
  const fs::path root = fs::canonical(options_.inbox, ec);
  (void)create_output_directories(options_.outbox);  // a failure shows when the first envelope is written
  std::vector<fs::path> excluded = {fs::weakly_canonical(options_.outbox, ec)};
  if (!options_.source.done_dir.empty()) excluded.push_back(fs::weakly_canonical(options_.source.done_dir, ec));

  std::unique_ptr<Intake> intake;
  std::unique_ptr<FolderWatcher> watcher;
  std::unique_ptr<WatchQueue> queue;
  if (options_.work) {
    auto store = store::open_job_store(options_.store);
    if (!store) return tl::unexpected(store.error());
    WatchQueueOptions q = options_.queue;
    q.crash_dir = options_.outbox / ".kycx" / "crashes";
    CrashMarker::install(q.crash_dir);
    q.until_idle = options_.once;
    queue = std::make_unique<WatchQueue>(std::move(*store), q, log_);
  }
  if (options_.intake) {
    auto store = store::open_job_store(options_.store);
    if (!store) return tl::unexpected(store.error());
    IntakeOptions in{.max_file_bytes = options_.max_file_bytes,
                     .settle = options_.once ? milliseconds(0) : options_.settle,
                     .excluded_dirs = excluded,
                     .exclude_names = options_.exclude_names};
    WatchQueue* wake = queue.get();
    intake = std::make_unique<Intake>(root, std::move(*store), std::move(in), log_, [wake] {
      if (wake) wake->wake();
    });
    if (!options_.once) {
      auto created = FolderWatcher::create(root, excluded);
      if (!created) return tl::unexpected(created.error());
      watcher = std::move(*created);
    }
  }
  {
    std::lock_guard lock(mutex_);
    queue_ = queue.get();
    if (stop_ && queue_) queue_->stop();
  }
  log_.event("watch.started", {{"store", store::is_postgres_url(options_.store) ? "postgresql" : "sqlite"},
                               {"intake", options_.intake},
                               {"work", options_.work},
                               {"once", options_.once}});

  std::thread intake_thread;
  if (intake && watcher) intake_thread = std::thread([&] { intake_loop(*intake, watcher.get()); });
  if (intake && !watcher) intake->scan(root, "startup");

  WatchSummary summary;
  if (queue) {
    if (const int removed = remove_stale_temporaries(options_.outbox, std::chrono::hours(1), kMaxInboxDepth);
        removed > 0) {
      log_.event("watch.stale_temporaries_removed", {{"files", removed}});
    }
    queue->reclaim_dead_local_owners();
    SourceDisposal disposal(root, options_.source, log_);
    OutboxSink outbox(options_.outbox);
    WatchResultSink sink(*queue, outbox, disposal, log_);
    JobStoreSource source(*queue, sink, root);
    std::thread heartbeat([&] { heartbeat_loop(*queue, disposal); });
    pipeline->run(source, sink);
    stop();
    heartbeat.join();
    summary.delivered = sink.delivered();
    summary.rejected = sink.rejected();
  } else if (!options_.once) {
    while (!wait_stop(std::chrono::hours(1))) {
    }
  }
  stop();
  if (intake_thread.joinable()) intake_thread.join();
  if (intake && options_.once && intake->unsent() > 0) {
    summary.not_queued = static_cast<int>(intake->unsent());
    summary.store_error = intake->last_error();
  }
  {
    std::lock_guard lock(mutex_);
    queue_ = nullptr;
  }
  log_.event("watch.stopped", {{"delivered", summary.delivered}, {"rejected", summary.rejected}});
  return summary;
}

}  // namespace kycx::pipeline
