#include <cstdio>

#include "apps/commands.hpp"
#include "apps/exit_codes.hpp"
#include "core/json.hpp"
#include "pipeline/review_queue_sink.hpp"
#include "store/job_store.hpp"

namespace kycx::apps {

namespace {

struct StatusArgs {
  std::string store;
  std::string out;
  bool json = false;
};

}  // namespace

CommandRunner add_status_command(CLI::App& app, const PipelineFlags& /*flags*/) {
  auto args = std::make_shared<StatusArgs>();
  CLI::App* cmd = app.add_subcommand("status", "Queue depth by state, oldest waiting job, throughput");
  cmd->add_option("--store", args->store, "SQLite file or postgresql:// URL; default OUTBOX/.kycx/kycx.sqlite")
      ->envname("KYCX_STORE");
  cmd->add_option("--out", args->out, "the outbox kycx watch writes to (locates its store)")->envname("KYCX_OUTBOX");
  cmd->add_flag("--json", args->json, "one JSON object");
  cmd->footer("Exit status: 0 printed; 2 no store given or it cannot be opened.");
  return [args]() -> int {
    if (args->store.empty() && args->out.empty()) {
      std::fprintf(stderr, "kycx status: give --store or --out\n");
      return kExitUsage;
    }
    const std::string location = args->store.empty() ? pipeline::default_store_path(args->out).string() : args->store;
    auto opened = store::open_job_store(location, /*must_exist=*/true);
    auto status = opened ? (*opened)->status() : tl::unexpected(opened.error());
    if (!status) {
      std::fprintf(stderr, "kycx status: %s\n", status.error().message.c_str());
      return kExitUsage;
    }
    const store::QueueStatus& s = *status;
    if (args->json) {
      const Json out = {{"queued", s.queued},
                        {"processing", s.processing},
                        {"done", s.done},
                        {"rejected", s.rejected},
                        {"oldest_unfinished_age_s", s.oldest_unfinished_age_s},
                        {"finished_last_minute", s.finished_last_minute},
                        {"finished_last_hour", s.finished_last_hour},
                        {"results", s.results}};
      std::printf("%s\n", dump_json(out).c_str());
      return kExitOk;
    }
    std::printf("jobs: %lld queued, %lld processing, %lld done, %lld rejected\n", static_cast<long long>(s.queued),
                static_cast<long long>(s.processing), static_cast<long long>(s.done),
                static_cast<long long>(s.rejected));
    std::printf("oldest unfinished job: %.0f s\n", s.oldest_unfinished_age_s);
    std::printf("throughput: %lld finished in the last minute, %lld in the last hour\n",
                static_cast<long long>(s.finished_last_minute), static_cast<long long>(s.finished_last_hour));
    std::printf("results: %lld distinct documents\n", static_cast<long long>(s.results));
    return kExitOk;
  };
}

}  // namespace kycx::apps
