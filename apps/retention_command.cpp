#include <chrono>
#include <cstdio>
#include <filesystem>

#include <pwd.h>
#include <unistd.h>

#include "apps/commands.hpp"
#include "apps/exit_codes.hpp"
#include "core/time_util.hpp"
#include "pipeline/review_queue_sink.hpp"
#include "store/job_store.hpp"
#include "store/migrations.hpp"
#include "store/retention.hpp"

namespace kycx::apps {

namespace fs = std::filesystem;

namespace {

struct RetentionArgs {
  std::string out;
  std::string store;
  double days = 0;
  bool dry_run = false;
};

std::string os_account() {
  if (const passwd* pw = ::getpwuid(::geteuid())) return pw->pw_name;
  return "uid-" + std::to_string(::geteuid());
}

// Envelopes (*.json) under the outbox last written before `cutoff`; the
// store's folder (.kycx) is left to the store.
struct FileSweep {
  int removed = 0;
  int failed = 0;
};

FileSweep sweep_envelopes(const fs::path& outbox, fs::file_time_type cutoff, bool dry_run) {
  FileSweep sweep;
  std::error_code ec;
  fs::recursive_directory_iterator it(outbox, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::directory_entry& entry = *it;
    if (it.depth() == 0 && entry.path().filename() == ".kycx") {
      it.disable_recursion_pending();
      continue;
    }
    if (it.depth() >= 64) it.disable_recursion_pending();
    std::error_code e;
    if (!entry.is_regular_file(e) || entry.path().extension() != ".json") continue;
    if (entry.last_write_time(e) >= cutoff || e) continue;
    const bool removed = dry_run || (fs::remove(entry.path(), e) && !e);
    ++(removed ? sweep.removed : sweep.failed);
  }
  return sweep;
}

}  // namespace

CommandRunner add_retention_command(CLI::App& app, const PipelineFlags& /*flags*/) {
  auto args = std::make_shared<RetentionArgs>();
  CLI::App* cmd = app.add_subcommand("retention", "Remove envelopes and store rows older than a retention period");
  cmd->add_option("--out", args->out, "the outbox")->required()->envname("KYCX_OUTBOX");
  cmd->add_option("--store", args->store, "the SQLite store; default OUTBOX/.kycx/kycx.sqlite")->envname("KYCX_STORE");
  cmd->add_option("--days", args->days, "keep what is younger than this many days")
      ->required()
      ->check(CLI::Range(1.0, 36500.0));
  cmd->add_flag("--dry-run", args->dry_run, "count what would be removed; remove nothing");
  cmd->footer(
      "Removes envelopes (OUTBOX/**/*.json) last written more than --days ago, and the store's finished jobs,\n"
      "stored results and reviewed documents older than that. Documents still awaiting review and\n"
      "unfinished jobs are kept. The audit trail is append-only: it keeps its records and gains one saying\n"
      "what was removed, by whom (the OS account) and with which cutoff.\n"
      "Exit status: 0 done; 1 some files could not be removed; 2 usage error or the store cannot be used.");
  return [args]() -> int {
    const fs::path outbox = args->out;
    const std::string location = args->store.empty() ? pipeline::default_store_path(outbox).string() : args->store;
    if (store::is_postgres_url(location)) {
      std::fprintf(stderr, "kycx retention: PostgreSQL stores are not purged by this command yet; only SQLite\n");
      return kExitUsage;
    }
    const auto age = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::duration<double, std::ratio<86400>>(args->days));
    const auto cutoff = std::chrono::system_clock::now() - age;
    const std::int64_t cutoff_ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(cutoff.time_since_epoch()).count();

    store::RetentionCounts counts;
    std::error_code ec;
    if (fs::exists(location, ec)) {
      auto db = store::SqliteDatabase::open(location, {.busy_timeout_ms = 10000, .create = false});
      if (!db) {
        std::fprintf(stderr, "kycx retention: %s\n", db.error().message.c_str());
        return kExitUsage;
      }
      if (auto m = store::migrate(*db); !m) {
        std::fprintf(stderr, "kycx retention: %s\n", m.error().message.c_str());
        return kExitUsage;
      }
      auto purged = store::purge_before(*db, cutoff_ms, os_account(), args->dry_run);
      if (!purged) {
        std::fprintf(stderr, "kycx retention: %s\n", purged.error().message.c_str());
        return kExitUsage;
      }
      counts = *purged;
    }
    const auto file_cutoff = fs::file_time_type::clock::now() - age;
    const FileSweep files = sweep_envelopes(outbox, file_cutoff, args->dry_run);
    std::printf("%s: %d envelopes, %lld finished jobs, %lld stored results, %lld reviewed documents (older than %s)\n",
                args->dry_run ? "would remove" : "removed", files.removed, static_cast<long long>(counts.jobs),
                static_cast<long long>(counts.results), static_cast<long long>(counts.review_documents),
                iso8601_utc(cutoff).c_str());
    if (files.failed > 0) {
      std::fprintf(stderr, "kycx retention: %d envelopes could not be removed (check permissions)\n", files.failed);
      return kExitInternal;
    }
    return kExitOk;
  };
}

}  // namespace kycx::apps
