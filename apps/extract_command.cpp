#include <filesystem>
#include <iostream>

#include "apps/commands.hpp"
#include "apps/exit_codes.hpp"
#include "apps/run_pipeline.hpp"

namespace kycx::apps {

namespace fs = std::filesystem;

namespace {

// The path to report as `relative_path`: as given when it stays below the
// current folder, else the bare file name.
std::string reported_path(const fs::path& given) {
  const fs::path norm = given.lexically_normal();
  if (norm.is_relative() && !norm.empty() && *norm.begin() != "..") return norm.generic_string();
  return given.filename().string();
}

struct ExtractArgs {
  std::vector<std::string> files;
  std::string out;
};

}  // namespace

CommandRunner add_extract_command(CLI::App& app, const PipelineFlags& flags) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* cmd = app.add_subcommand("extract", "Extract each file; print one envelope per file to stdout");
  cmd->add_option("files", args->files, "PDF, PNG, JPEG or TIFF files")->required();
  cmd->add_option("--out", args->out, "write OUT/<file>.json instead of printing");
  cmd->footer(
      "Prints a single JSON object for one file, JSON Lines for several, in input order.\n"
      "Exit status: 0 all accepted or needs_review, 3 some rejected, 2 usage error, 1 internal failure.");
  return [args, &flags]() -> int {
    std::vector<pipeline::DocumentInput> inputs;
    for (const auto& f : args->files) inputs.push_back({fs::path(f), reported_path(f)});
    pipeline::ListJobSource source(std::move(inputs));
    RunSettings settings{.total = source.size(), .progress = false, .summary = !args->out.empty()};
    if (args->out.empty()) {
      pipeline::StreamSink sink(std::cout, /*pretty=*/args->files.size() == 1);
      return run_pipeline(flags, source, sink, settings, /*ordered=*/true);
    }
    pipeline::OutboxSink sink{fs::path(args->out)};
    return run_pipeline(flags, source, sink, settings, /*ordered=*/true);
  };
}

}  // namespace kycx::apps
