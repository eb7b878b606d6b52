#include <cstdio>

#include "apps/commands.hpp"
#include "apps/exit_codes.hpp"
#include "pipeline/review_queue_sink.hpp"
#include "store/job_store.hpp"

namespace kycx::apps {

namespace {

struct RequeueArgs {
  std::string store;
  std::string out;
  std::string key;
};

}  // namespace

CommandRunner add_requeue_command(CLI::App& app, const PipelineFlags& /*flags*/) {
  auto args = std::make_shared<RequeueArgs>();
  CLI::App* cmd = app.add_subcommand("requeue", "Queue a file kycx watch set aside (rejected) again");
  cmd->add_option("doc", args->key, "the document id (8+ hex digits of it) or the file's path in the inbox")
      ->required();
  cmd->add_option("--store", args->store, "SQLite file or postgresql:// URL; default OUTBOX/.kycx/kycx.sqlite")
      ->envname("KYCX_STORE");
  cmd->add_option("--out", args->out, "the outbox kycx watch writes to (locates its store)")->envname("KYCX_OUTBOX");
  cmd->footer(
      "For a file set aside after it crashed kycx --max-attempts times, or whose envelope could not be\n"
      "written, once the cause is dealt with. A running kycx watch takes it within its poll interval.\n"
      "Exit status: 0 queued again; 3 nothing set aside matches; 2 no store given or it cannot be opened.");
  return [args]() -> int {
    if (args->store.empty() && args->out.empty()) {
      std::fprintf(stderr, "kycx requeue: give --store or --out\n");
      return kExitUsage;
    }
    const std::string location = args->store.empty() ? pipeline::default_store_path(args->out).string() : args->store;
    auto opened = store::open_job_store(location, /*must_exist=*/true);
    auto queued = opened ? (*opened)->requeue_rejected(args->key) : tl::unexpected(opened.error());
    if (!queued) {
      std::fprintf(stderr, "kycx requeue: %s\n", queued.error().message.c_str());
      return kExitUsage;
    }
    if (*queued == 0) {
      std::fprintf(stderr, "kycx requeue: no set-aside file matches '%s' (see kycx status)\n", args->key.c_str());
      return kExitRejected;
    }
    std::printf("%d file%s queued again\n", *queued, *queued == 1 ? "" : "s");
    return kExitOk;
  };
}

}  // namespace kycx::apps
