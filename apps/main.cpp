// kycx: document extraction for KYC and lending onboarding (contract section 1).

#include <cstdio>
#include <cstdlib>
#include <map>

#include <CLI/CLI.hpp>
#include <malloc.h>

#include "apps/commands.hpp"
#include "apps/exit_codes.hpp"
#include "core/output_access.hpp"
#include "core/version.hpp"
#include "ingest/document_reader.hpp"
#include "ocr/tesseract_engine.hpp"

namespace {

int run(int argc, char** argv) {
  using namespace kycx::apps;
  kycx::ocr::limit_tesseract_threads(argv);
  // glibc gives each of the pool's threads its own heap by default; freed page
  // images then stay mapped in many of them. Two heaps: 378 -> 343 MiB peak
  // on 40 scanned ID pages with 2 workers, the same run time within noise.
  if (std::getenv("MALLOC_ARENA_MAX") == nullptr) mallopt(M_ARENA_MAX, 2);
  kycx::ingest::quiet_third_party_diagnostics();

  CLI::App app{"kycx: extract validated, explainable JSON from KYC and lending documents"};
  app.set_version_flag("--version", kycx::kVersion);
  app.set_config("--config", "", "TOML or INI file with default option values")->envname("KYCX_CONFIG");
  std::string group;
  app.add_option("--group", group,
                 "give what kycx writes (envelopes, stores) to this group, readable by it (0640); "
                 "by default only this user can read them (0600)")
      ->envname("KYCX_GROUP");
  app.require_subcommand(1);
  app.fallthrough();

  PipelineFlags flags;
  flags.add_to(app);
  std::map<std::string, CommandRunner> commands;
  commands["extract"] = add_extract_command(app, flags);
  commands["batch"] = add_batch_command(app, flags);
  commands["eval"] = add_eval_command(app, flags);
  commands["text"] = add_text_command(app, flags);
  commands["review"] = add_review_command(app, flags);
  commands["calibrate"] = add_calibrate_command(app, flags);
  commands["watch"] = add_watch_command(app, flags);
  commands["status"] = add_status_command(app, flags);
  commands["audit"] = add_audit_command(app, flags);
  commands["requeue"] = add_requeue_command(app, flags);
  commands["retention"] = add_retention_command(app, flags);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  if (auto access = kycx::set_output_access(group); !access) {
    std::fprintf(stderr, "kycx: %s\n", access.error().message.c_str());
    return kExitUsage;
  }
  for (const CLI::App* sub : app.get_subcommands()) {
    try {
      return commands.at(sub->get_name())();
    } catch (const std::exception& e) {
      std::fprintf(stderr, "kycx: internal error: %s\n", e.what());
      return kExitInternal;
    }
  }
  return kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "kycx: internal error: %s\n", e.what());
  } catch (...) {
    std::fprintf(stderr, "kycx: internal error\n");
  }
  return kycx::apps::kExitInternal;
}
