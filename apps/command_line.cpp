#include "apps/command_line.hpp"

#include <vector>

#include "apps/exit_codes.hpp"
#include "core/version.hpp"

namespace kycx::apps {

CommandLine::CommandLine() : app_("kycx: extract validated, explainable JSON from KYC and lending documents") {
  app_.set_version_flag("--version", kVersion);
  app_.set_config("--config", "", "TOML or INI file with default option values")->envname("KYCX_CONFIG");
  app_.add_option("--group", group_,
                  "give what kycx writes (envelopes, stores) to this group, readable by it (0640); "
                  "by default only this user can read them (0600)")
      ->envname("KYCX_GROUP");
  app_.require_subcommand(1);
  app_.fallthrough();

  flags_.add_to(app_);
  commands_["extract"] = add_extract_command(app_, flags_);
  commands_["batch"] = add_batch_command(app_, flags_);
  commands_["eval"] = add_eval_command(app_, flags_);
  commands_["text"] = add_text_command(app_, flags_);
  commands_["review"] = add_review_command(app_, flags_);
  commands_["calibrate"] = add_calibrate_command(app_, flags_);
  commands_["watch"] = add_watch_command(app_, flags_);
  commands_["status"] = add_status_command(app_, flags_);
  commands_["audit"] = add_audit_command(app_, flags_);
  commands_["requeue"] = add_requeue_command(app_, flags_);
  commands_["retention"] = add_retention_command(app_, flags_);
}

int CommandLine::run_command() const {
  const std::vector<CLI::App*> chosen = app_.get_subcommands();
  if (chosen.empty()) return kExitUsage;
  return commands_.at(chosen.front()->get_name())();
}

}  // namespace kycx::apps
