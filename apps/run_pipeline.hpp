// Runs the pipeline for a command and turns the outcome into an exit status
// (contract section 1), printing the summary line to stderr.
#pragma once

#include "apps/pipeline_flags.hpp"
#include "pipeline/envelope_sink.hpp"
#include "pipeline/job_source.hpp"

namespace kycx::apps {

struct RunSettings {
  size_t total = 0;       // inputs, for the progress bar (0: no bar)
  bool progress = false;  // show progress on stderr
  bool summary = true;    // print the summary line
};

int run_pipeline(const PipelineFlags& flags, pipeline::JobSource& source, pipeline::EnvelopeSink& sink,
                 const RunSettings& settings, bool ordered);

}  // namespace kycx::apps
