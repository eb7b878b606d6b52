#include <cstdio>
#include <filesystem>

#include "apps/commands.hpp"
#include "apps/exit_codes.hpp"
#include "apps/run_pipeline.hpp"
#include "pipeline/inbox_scan.hpp"
#include "pipeline/review_queue_sink.hpp"

namespace kycx::apps {

namespace fs = std::filesystem;

namespace {
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
      "Exit status: 0 all accepted or needs_review, 3 some rejected, 2 usage error, 1 internal failure.");
  return [args, &flags]() -> int {
    auto inputs = pipeline::scan_inbox(fs::path(args->inbox), fs::path(args->out), args->exclude);
    if (!inputs) {
      std::fprintf(stderr, "kycx batch: %s\n", inputs.error().message.c_str());
      return kExitUsage;
    }
    pipeline::ListJobSource source(std::move(*inputs));
    pipeline::OutboxSink outbox{fs::path(args->out)};
    const fs::path store = args->store.empty() ? pipeline::default_store_path(args->out) : fs::path(args->store);
    auto sink = pipeline::ReviewQueueSink::open(store, outbox);
    if (!sink) {
      std::fprintf(stderr, "kycx batch: %s\n", sink.error().message.c_str());
      return kExitUsage;
    }
    RunSettings settings{.total = source.size(), .progress = !args->quiet, .summary = true};
    return run_pipeline(flags, source, **sink, settings, /*ordered=*/false);
  };
}

}  // namespace kycx::apps
