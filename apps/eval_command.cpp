// `kycx eval DATASET`: runs the pipeline over a labelled dataset (contract
// sections 5 and 7), scores every true document against the envelope that
// stands for it and prints the metrics (with a packets section when the
// dataset holds packets); optionally writes the HTML report and checks the
// quality gate.

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>

#include "apps/commands.hpp"
#include "apps/dataset_run.hpp"
#include "apps/exit_codes.hpp"
#include "core/atomic_file.hpp"
#include "eval/dataset.hpp"
#include "eval/file_score.hpp"
#include "eval/html_report.hpp"
#include "eval/json_report.hpp"
#include "eval/quality_gate.hpp"
#include "eval/text_report.hpp"

namespace kycx::apps {

namespace fs = std::filesystem;

namespace {

constexpr int kExitGateFailed = 4;  // a metric crossed its bound in the --gate file

struct EvalArgs {
  std::string dataset;
  bool json = false;
  std::string report;
  std::string gate;
  bool quiet = false;
};

int run_eval(const EvalArgs& args, const PipelineFlags& flags) {
  auto dataset = eval::load_dataset(fs::path(args.dataset));
  if (!dataset) {
    std::fprintf(stderr, "kycx eval: %s\n", dataset.error().message.c_str());
    return kExitUsage;
  }
  std::optional<eval::Thresholds> thresholds;
  if (!args.gate.empty()) {
    auto loaded = eval::load_thresholds(fs::path(args.gate));
    if (!loaded) {
      std::fprintf(stderr, "kycx eval: %s\n", loaded.error().message.c_str());
      return kExitUsage;
    }
    thresholds = std::move(*loaded);
  }
  auto run = run_dataset(*dataset, flags, args.quiet);
  if (!run) {
    std::fprintf(stderr, "kycx eval: %s\n", run.error().message.c_str());
    return kExitUsage;
  }
  const double wall = run->wall_seconds;
  std::fprintf(stderr, "%s\n", run->stats.summary_line().c_str());
  if (flags.stats) std::fprintf(stderr, "%s", run->stats.stage_table().c_str());

  std::vector<eval::DocumentScore> scores;
  std::vector<eval::PacketScore> packets;
  const auto& registry = schemas::SchemaRegistry::builtin();
  for (const auto& doc : dataset->documents) {
    eval::FileScore file = eval::score_file(doc, run->envelopes_for(doc), registry);
    for (eval::ScoredDocument& scored : file.documents) scores.push_back(std::move(scored.score));
    if (file.packet) packets.push_back(std::move(*file.packet));
  }
  const eval::EvalReport report =
      eval::evaluate(args.dataset, std::move(scores), {.wall_seconds = wall}, std::move(packets));
  if (args.json) {
    std::cout << dump_json(eval::render_json(report), 2) << "\n";
  } else {
    std::cout << eval::render_text(report);
  }
  std::cout.flush();
  if (!args.report.empty()) {
    if (auto written = write_file_atomically(fs::path(args.report), eval::render_html(report)); !written) {
      std::fprintf(stderr, "kycx eval: cannot write the report: %s\n", written.error().message.c_str());
      return kExitInternal;
    }
    std::fprintf(stderr, "kycx eval: report written to %s\n", args.report.c_str());
  }
  if (!thresholds) return kExitOk;
  auto regressions = eval::check_gate(report, *thresholds);
  if (!regressions) {
    std::fprintf(stderr, "kycx eval: %s: %s\n", args.gate.c_str(), regressions.error().message.c_str());
    return kExitUsage;
  }
  for (const auto& r : *regressions) std::fprintf(stderr, "quality gate: %s\n", r.message().c_str());
  if (!regressions->empty()) return kExitGateFailed;
  std::fprintf(stderr, "quality gate: passed (%zu bounds, thresholds version %s)\n",
               thresholds->floors.size() + thresholds->ceilings.size(), thresholds->version.c_str());
  return kExitOk;
}

}  // namespace

CommandRunner add_eval_command(CLI::App& app, const PipelineFlags& flags) {
  auto args = std::make_shared<EvalArgs>();
  CLI::App* cmd = app.add_subcommand("eval", "Run the pipeline over a labelled dataset and print field-level metrics");
  cmd->add_option("dataset", args->dataset, "folder of documents, each NAME.EXT beside NAME.truth.json")->required();
  cmd->add_flag("--json", args->json, "print the metrics as JSON instead of tables");
  cmd->add_option("--report", args->report, "also write a self-contained HTML report to this file");
  cmd->add_option("--gate", args->gate, "fail (exit 4) when a metric crosses a bound in this thresholds file");
  cmd->add_flag("--quiet", args->quiet, "no progress output");
  cmd->footer(
      "Metrics and their denominators: docs/EVAL.md. Output shows names, counts and rates, never values.\n"
      "Exit status: 0 measured (rejected documents are measured, not an error), 4 quality gate failed,\n"
      "2 usage error (no dataset, no truth files, bad thresholds file), 1 internal failure.");
  return [args, &flags]() -> int { return run_eval(*args, flags); };
}

}  // namespace kycx::apps
