#include "apps/run_pipeline.hpp"

#include <cstdio>

#include <unistd.h>

#include "apps/exit_codes.hpp"
#include "apps/progress_reporter.hpp"
#include "pipeline/pipeline.hpp"

namespace kycx::apps {

int run_pipeline(const PipelineFlags& flags, pipeline::JobSource& source, pipeline::EnvelopeSink& sink,
                 const RunSettings& settings, bool ordered) {
  auto resolved = flags.resolved();
  if (!resolved) {
    std::fprintf(stderr, "kycx: %s\n", resolved.error().message.c_str());
    return kExitUsage;
  }
  pipeline::PipelineOptions options = *resolved;
  options.ordered = ordered;
  auto pipe = pipeline::Pipeline::create(options);
  if (!pipe) {
    std::fprintf(stderr, "kycx: %s\n", pipe.error().message.c_str());
    return kExitUsage;
  }
  ProgressReporter progress(settings.progress ? settings.total : 0, stderr, ::isatty(STDERR_FILENO) == 1);
  const pipeline::RunStats stats =
      (*pipe)->run(source, sink, [&](const Envelope&, const pipeline::RunStats& s) { progress.update(s); });
  progress.finish();
  if (settings.summary) std::fprintf(stderr, "%s\n", stats.summary_line().c_str());
  if (flags.stats) std::fprintf(stderr, "%s", stats.stage_table().c_str());
  for (const auto& error : stats.write_errors) std::fprintf(stderr, "kycx: envelope not written: %s\n", error.c_str());
  if (stats.write_failures > 0) return kExitInternal;
  return stats.rejected > 0 ? kExitRejected : kExitOk;
}

}  // namespace kycx::apps
