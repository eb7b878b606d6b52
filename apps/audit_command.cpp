#include <cstdio>

#include "apps/commands.hpp"
#include "apps/exit_codes.hpp"
#include "pipeline/review_queue_sink.hpp"
#include "store/job_store.hpp"

namespace kycx::apps {

namespace {

struct AuditArgs {
  std::string store;
  std::string out;
};

}  // namespace

CommandRunner add_audit_command(CLI::App& app, const PipelineFlags& /*flags*/) {
  auto args = std::make_shared<AuditArgs>();
  CLI::App* cmd = app.add_subcommand("audit", "The audit trail");
  cmd->require_subcommand(1);
  CLI::App* verify = cmd->add_subcommand("verify", "Prove the audit chain intact, or name the first altered record");
  for (CLI::App* c : {cmd, verify}) {
    c->add_option("--store", args->store, "SQLite file or postgresql:// URL; default OUTBOX/.kycx/kycx.sqlite")
        ->envname("KYCX_STORE");
    c->add_option("--out", args->out, "the outbox kycx wrote to (locates its store)")->envname("KYCX_OUTBOX");
  }
  verify->footer(
      "Exit status: 0 the chain is intact; 3 a record was altered, removed or reordered (the\n"
      "message names the first); 2 no store given or it cannot be opened.");
  return [args]() -> int {
    if (args->store.empty() && args->out.empty()) {
      std::fprintf(stderr, "kycx audit verify: give --store or --out\n");
      return kExitUsage;
    }
    const std::string location = args->store.empty() ? pipeline::default_store_path(args->out).string() : args->store;
    auto opened = store::open_job_store(location, /*must_exist=*/true);
    auto verdict = opened ? (*opened)->verify_audit() : tl::unexpected(opened.error());
    if (!verdict) {
      std::fprintf(stderr, "kycx audit verify: %s\n", verdict.error().message.c_str());
      return kExitUsage;
    }
    if (verdict->intact) {
      std::printf("audit chain intact: %lld records\n", static_cast<long long>(verdict->records));
      return kExitOk;
    }
    std::printf("audit chain BROKEN at record %lld of %lld: %s\n",
                static_cast<long long>(verdict->first_bad_seq.value_or(0)), static_cast<long long>(verdict->records),
                verdict->problem.c_str());
    return kExitRejected;
  };
}

}  // namespace kycx::apps
