// The kycx command line: every global option and sub-command registered on
// one CLI::App, and the sub-command bodies to run once it has parsed. Used by
// main and by the config-file fuzz harness (tests/fuzz/fuzz_config.cpp).
// Not thread-safe; the App holds pointers into it, so it is neither copied nor moved.
#pragma once

#include <map>
#include <string>

#include <CLI/CLI.hpp>

#include "apps/commands.hpp"
#include "apps/pipeline_flags.hpp"

namespace kycx::apps {

class CommandLine {
 public:
  // Registers everything; parses nothing and runs nothing.
  CommandLine();
  CommandLine(const CommandLine&) = delete;
  CommandLine& operator=(const CommandLine&) = delete;

  CLI::App& app() { return app_; }
  // --group: who may read what kycx writes ("" when not given).
  const std::string& group() const { return group_; }
  // Runs the sub-command the command line chose and returns the exit status.
  // REQUIRES: app().parse() succeeded.
  int run_command() const;

 private:
  CLI::App app_;
  std::string group_;
  PipelineFlags flags_;
  std::map<std::string, CommandRunner> commands_;
};

}  // namespace kycx::apps
