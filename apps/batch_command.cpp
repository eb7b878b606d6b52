#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "apps/commands.hpp"
#include "apps/exit_codes.hpp"
#include "apps/run_pipeline.hpp"
#include "core/atomic_file.hpp"
#include "core/path_text.hpp"
#include "pipeline/inbox_scan.hpp"
#include "pipeline/outbox_lock.hpp"
#include "pipeline/review_queue_sink.hpp"

namespace kycx::apps {

namespace fs = std::filesystem;

namespace {

std::string files_text(std::uint64_t files, bool complete) {
  return (complete ? "" : "at least ") + std::to_string(files) + (files == 1 ? " file" : " files");
}

// Files under folders past the depth limit are not processed: say where they
// are, one folder a line, so that nothing is dropped silently. Returns how many.
std::uint64_t report_too_deep(const std::vector<pipeline::FolderTooDeep>& folders) {
  std::uint64_t files = 0;
  for (const auto& folder : folders) {
    files += folder.files;
    std::fprintf(stderr,
                 "kycx batch: not processed: %s under %s, a folder more than %d levels below the inbox (move them "
                 "nearer its top)\n",
                 files_text(folder.files, folder.complete).c_str(), printable_utf8(folder.relative_path).c_str(),
                 pipeline::kMaxInboxDepth);
  }
  return files;
}

struct BatchArgs {
  std::string inbox;
  std::string out;
  bool quiet = false;
  std::vector<std::string> exclude;
  std::string store;
};
}  // namespace

CommandRunner add_batch_command(CLI::App& app, const PipelineFlags& flags) {
  auto args = std::make_shared<BatchArgs>();
  CLI::App* cmd = app.add_subcommand("batch", "Process every file under INBOX once, writing OUTBOX/<path>.json");
  cmd->add_option("inbox", args->inbox, "folder to process, recursively")->required();
  cmd->add_option("--out", args->out, "outbox folder for the envelopes")->required();
  cmd->add_flag("--quiet", args->quiet, "no progress output");
  cmd->add_option("--store", args->store,
                  "review queue and audit store (SQLite file); default OUTBOX/.kycx/kycx.sqlite")
      ->envname("KYCX_STORE");
  cmd->add_option("--exclude", args->exclude, "skip file names matching this glob (repeatable), e.g. '*.truth.json'");
  cmd->footer(
      "Hidden files and *.part, *.tmp, *.crdownload are skipped. Prints a summary line at the end.\n"
      "Folders more than " +
      std::to_string(pipeline::kMaxInboxDepth) +
      " levels below INBOX are not entered: the files they hold are listed per folder\n"
      "on stderr and not processed.\n"
      "Exit status: 0 all accepted or needs_review, 3 some rejected or not processed, 2 usage error,\n"
      "1 internal failure.");
  return [args, &flags]() -> int {
    auto scan = pipeline::scan_inbox(fs::path(args->inbox), fs::path(args->out), args->exclude);
    if (!scan) {
      std::fprintf(stderr, "kycx batch: %s\n", scan.error().message.c_str());
      return kExitUsage;
    }
    // Held until the run ends; a second batch into this outbox would extract everything again.
    auto lock = pipeline::OutboxLock::acquire(fs::path(args->out));
    if (!lock) {
      std::fprintf(stderr, "kycx batch: %s\n", lock.error().message.c_str());
      return kExitUsage;
    }
    const std::uint64_t too_deep = report_too_deep(scan->too_deep);
    // A batch killed mid-write (kill -9, a crash) leaves its hidden
    // temporaries, holding personal data, beside the envelopes.
    if (const int removed =
            remove_stale_temporaries(fs::path(args->out), std::chrono::hours(1), pipeline::kMaxInboxDepth);
        removed > 0) {
      std::fprintf(stderr, "kycx batch: removed %d temporary %s left in %s by a kycx that stopped mid-write\n", removed,
                   removed == 1 ? "file" : "files", printable_utf8(args->out).c_str());
    }
    pipeline::ListJobSource source(std::move(scan->inputs));
    pipeline::OutboxSink outbox{fs::path(args->out)};
    const fs::path store = args->store.empty() ? pipeline::default_store_path(args->out) : fs::path(args->store);
    auto sink = pipeline::ReviewQueueSink::open(store, outbox);
    if (!sink) {
      std::fprintf(stderr, "kycx batch: %s\n", sink.error().message.c_str());
      return kExitUsage;
    }
    RunSettings settings{.total = source.size(), .progress = !args->quiet, .summary = true};
    const int status = run_pipeline(flags, source, **sink, settings, /*ordered=*/false);
    if (scan->too_deep.empty()) return status;
    const bool complete = std::all_of(scan->too_deep.begin(), scan->too_deep.end(),
                                      [](const pipeline::FolderTooDeep& f) { return f.complete; });
    std::fprintf(stderr, "kycx batch: not processed: %s in %zu %s more than %d levels below the inbox (listed above)\n",
                 files_text(too_deep, complete).c_str(), scan->too_deep.size(),
                 scan->too_deep.size() == 1 ? "folder" : "folders", pipeline::kMaxInboxDepth);
    return status == kExitOk ? kExitRejected : status;
  };
}

}  // namespace kycx::apps
