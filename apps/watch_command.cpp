#include <atomic>
#include <cstdio>
#include <filesystem>
#include <thread>

#include <pthread.h>
#include <signal.h>

#include "apps/commands.hpp"
#include "apps/exit_codes.hpp"
#include "pipeline/review_queue_sink.hpp"
#include "pipeline/watch_service.hpp"

namespace kycx::apps {

namespace fs = std::filesystem;

namespace {

struct WatchArgs {
  std::string inbox;
  std::string out;
  std::string store;
  std::string role = "all";
  bool once = false;
  std::string source = "leave";
  std::string done_dir;
  double retention_hours = 0;
  double lease_seconds = 60;
  int max_attempts = 3;
  int poll_ms = 250;
  int settle_ms = 1000;
  int rescan_seconds = 0;
  std::vector<std::string> exclude;
};

// Blocks SIGINT and SIGTERM in every thread and turns them into stop() on a
// thread of their own, so no handler runs inside a worker.
class SignalStopper {
 public:
  // Call before any thread starts (threads inherit the mask).
  static sigset_t block() {
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    return signals;
  }
  SignalStopper(sigset_t signals, pipeline::WatchService& service) : signals_(signals) {
    thread_ = std::thread([this, &service] {
      const timespec tick{0, 200'000'000};
      while (!done_) {
        if (sigtimedwait(&signals_, nullptr, &tick) > 0) service.stop();
      }
    });
  }
  ~SignalStopper() {
    done_ = true;
    thread_.join();
  }

 private:
  sigset_t signals_;
  std::atomic<bool> done_{false};
  std::thread thread_;
};

Result<pipeline::WatchOptions> watch_options(const WatchArgs& a, const pipeline::PipelineOptions& pipe) {
  pipeline::WatchOptions o;
  o.inbox = a.inbox;
  o.outbox = a.out;
  o.store = a.store.empty() ? pipeline::default_store_path(a.out).string() : a.store;
  o.intake = a.role != "worker";
  o.work = a.role != "intake";
  o.once = a.once;
  o.queue.lease = std::chrono::milliseconds(static_cast<long long>(a.lease_seconds * 1000));
  o.queue.max_attempts = a.max_attempts;
  o.queue.poll = std::chrono::milliseconds(a.poll_ms);
  o.settle = std::chrono::milliseconds(a.settle_ms);
  o.rescan = std::chrono::seconds(a.rescan_seconds);
  o.max_file_bytes = pipe.limits.max_file_bytes;
  o.exclude_names = a.exclude;
  auto policy = pipeline::source_policy_from_string(a.source);
  if (!policy) return fail(ErrorCode::kInvalidArgument, "--source must be leave, move or delete");
  o.source.policy = *policy;
  o.source.retention = std::chrono::seconds(static_cast<long long>(a.retention_hours * 3600));
  o.source.done_dir = a.done_dir.empty() ? fs::path(a.inbox) / ".kycx-done" : fs::path(a.done_dir);
  return o;
}

}  // namespace

CommandRunner add_watch_command(CLI::App& app, const PipelineFlags& flags) {
  auto args = std::make_shared<WatchArgs>();
  CLI::App* cmd = app.add_subcommand("watch", "Process every file that appears in INBOX until stopped");
  cmd->add_option("inbox", args->inbox, "folder to watch, recursively")->required();
  cmd->add_option("--out", args->out, "outbox folder for the envelopes")->required();
  cmd->add_option("--store", args->store,
                  "job queue, results and audit trail: a SQLite file or a postgresql:// URL shared by workers; "
                  "default OUTBOX/.kycx/kycx.sqlite")
      ->envname("KYCX_STORE");
  cmd->add_option("--role", args->role, "all: watch and process; intake: only queue files; worker: only process")
      ->check(CLI::IsMember({"all", "intake", "worker"}))
      ->envname("KYCX_WATCH_ROLE")
      ->capture_default_str();
  cmd->add_flag("--once", args->once, "scan INBOX once, process until the queue is empty, then exit");
  cmd->add_option("--source", args->source, "what to do with an inbox file once done: leave, move, delete")
      ->check(CLI::IsMember({"leave", "move", "delete"}))
      ->envname("KYCX_SOURCE_POLICY")
      ->capture_default_str();
  cmd->add_option("--done-dir", args->done_dir,
                  "where --source move (and delete with a retention) puts files; "
                  "default INBOX/.kycx-done")
      ->envname("KYCX_DONE_DIR");
  cmd->add_option("--retention-hours", args->retention_hours, "with --source delete: hours kept in the done folder")
      ->envname("KYCX_RETENTION_HOURS")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  cmd->add_option("--lease-seconds", args->lease_seconds,
                  "a claimed job returns to the queue if not renewed in this time")
      ->envname("KYCX_LEASE_SECONDS")
      ->check(CLI::Range(0.2, 86400.0))
      ->capture_default_str();
  cmd->add_option("--max-attempts", args->max_attempts, "claims before a file that kills its worker is rejected")
      ->envname("KYCX_MAX_ATTEMPTS")
      ->check(CLI::Range(1, 100))
      ->capture_default_str();
  cmd->add_option("--poll-ms", args->poll_ms, "how often to look for jobs queued by other processes")
      ->envname("KYCX_POLL_MS")
      ->check(CLI::Range(10, 60000))
      ->capture_default_str();
  cmd->add_option("--settle-ms", args->settle_ms, "a file found by a scan must be unchanged this long")
      ->envname("KYCX_SETTLE_MS")
      ->check(CLI::Range(0, 600000))
      ->capture_default_str();
  cmd->add_option("--rescan-seconds", args->rescan_seconds,
                  "rescan INBOX this often (inotify misses changes made by other machines on NFS/SMB); 0: never")
      ->envname("KYCX_RESCAN_SECONDS")
      ->check(CLI::Range(0, 86400))
      ->capture_default_str();
  cmd->add_option("--exclude", args->exclude, "skip file names matching this glob (repeatable)");
  cmd->footer(
      "Takes a file once it is closed after writing or moved in; hidden files and *.part, *.tmp,\n"
      "*.crdownload are ignored until renamed. Writes OUTBOX/<path>.json atomically, once per file;\n"
      "the same bytes again are not extracted again. One JSON log line per job transition on stderr.\n"
      "SIGINT/SIGTERM: finish the documents in flight, then exit 0. With --once: exit 3 if any\n"
      "document was rejected, 1 if the store refused to queue a file. Exit 2: usage error, or the store\n"
      "or inbox cannot be opened.");
  return [args, &flags]() -> int {
    const sigset_t signals = SignalStopper::block();
    auto resolved = flags.resolved();
    if (!resolved) {
      std::fprintf(stderr, "kycx watch: %s\n", resolved.error().message.c_str());
      return kExitUsage;
    }
    auto options = watch_options(*args, *resolved);
    if (!options) {
      std::fprintf(stderr, "kycx watch: %s\n", options.error().message.c_str());
      return kExitUsage;
    }
    std::unique_ptr<pipeline::Pipeline> pipe;
    if (options->work) {
      auto created = pipeline::Pipeline::create(*resolved);
      if (!created) {
        std::fprintf(stderr, "kycx watch: %s\n", created.error().message.c_str());
        return kExitUsage;
      }
      pipe = std::move(*created);
    }
    pipeline::JobLog log(stderr, store::make_worker_id());
    pipeline::WatchService service(*options, log);
    SignalStopper stopper(signals, service);
    auto summary = service.run(pipe.get());
    if (!summary) {
      std::fprintf(stderr, "kycx watch: %s\n", summary.error().message.c_str());
      return kExitUsage;
    }
    if (summary->not_queued > 0) {
      std::fprintf(stderr, "kycx watch: %d files were found but the store refused to queue them: %s\n",
                   summary->not_queued, summary->store_error.c_str());
      return kExitInternal;
    }
    return args->once && summary->rejected > 0 ? kExitRejected : kExitOk;
  };
}

}  // namespace kycx::apps
