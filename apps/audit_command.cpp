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
      "Checks the hash chain, each record's MAC under the audit key (KYCX_AUDIT_KEY, default\n"
      "~/.config/kycx/audit.key) and the checkpoints written outside the store (KYCX_AUDIT_CHECKPOINTS,\n"
      "default STORE.checkpoints), so a rewrite, a forged record or a cut tail shows.\n"
      "Exit status: 0 the chain is intact; 3 a record was altered, removed, forged or reordered (the\n"
      "message names the first), or the checkpoints were altered; 2 no store given, or it, the key\n"
      "or the checkpoints cannot be read.");
  return [args]() -> int {
    if (args->store.empty() && args->out.empty()) {
      std::fprintf(stderr, "kycx audit verify: give --store or --out\n");
      return kExitUsage;
    }
    const std::string location = args->store.empty() ? pipeline::default_store_path(args->out).string() : args->store;
    auto opened = store::open_job_store(location, /*must_exist=*/true);
    auto verdict = opened ? (*opened)->verify_audit() : tl::unexpected(opened.error());
    if (!verdict) {
      if (verdict.error().code == ErrorCode::kCorruptFile) {  // the checkpoints themselves were tampered with
        std::printf("audit trail BROKEN: %s\n", verdict.error().message.c_str());
        return kExitRejected;
      }
      std::fprintf(stderr, "kycx audit verify: %s\n", verdict.error().message.c_str());
      return kExitUsage;
    }
    for (const auto& warning : verdict->warnings)
      std::fprintf(stderr, "kycx audit verify: warning: %s\n", warning.c_str());
    if (verdict->intact) {
      std::printf("audit chain intact: %lld records, every MAC right under the audit key, %lld checkpoints held",
                  static_cast<long long>(verdict->records), static_cast<long long>(verdict->checkpoints));
      if (verdict->without_mac > 0) {
        std::printf(" (%lld records from before MACs were kept: the hash chain alone vouches for them)",
                    static_cast<long long>(verdict->without_mac));
      }
      std::printf("\n");
      return kExitOk;
    }
    std::printf("audit chain BROKEN at record %lld of %lld: %s\n",
                static_cast<long long>(verdict->first_bad_seq.value_or(0)), static_cast<long long>(verdict->records),
                verdict->problem.c_str());
    return kExitRejected;
  };
}

}  // namespace kycx::apps
