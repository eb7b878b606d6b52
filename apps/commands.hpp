// The kycx sub-commands. Each registers itself on the CLI and returns the
// process exit status when run.
#pragma once

#include <functional>

#include <CLI/CLI.hpp>

#include "apps/pipeline_flags.hpp"

namespace kycx::apps {

// A sub-command's body, run after parsing; returns the exit status.
using CommandRunner = std::function<int()>;

CommandRunner add_extract_command(CLI::App& app, const PipelineFlags& flags);
CommandRunner add_batch_command(CLI::App& app, const PipelineFlags& flags);
CommandRunner add_eval_command(CLI::App& app, const PipelineFlags& flags);
CommandRunner add_text_command(CLI::App& app, const PipelineFlags& flags);
CommandRunner add_review_command(CLI::App& app, const PipelineFlags& flags);
CommandRunner add_calibrate_command(CLI::App& app, const PipelineFlags& flags);
CommandRunner add_watch_command(CLI::App& app, const PipelineFlags& flags);
CommandRunner add_status_command(CLI::App& app, const PipelineFlags& flags);
CommandRunner add_audit_command(CLI::App& app, const PipelineFlags& flags);
CommandRunner add_requeue_command(CLI::App& app, const PipelineFlags& flags);
CommandRunner add_retention_command(CLI::App& app, const PipelineFlags& flags);

}  // namespace kycx::apps
