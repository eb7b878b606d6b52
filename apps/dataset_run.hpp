// Runs the pipeline over a labelled dataset and keeps every envelope in
// memory (with the evidence behind each field's confidence), for `kycx eval`
// and `kycx calibrate`.
#pragma once

#include <map>
#include <string>

#include "apps/pipeline_flags.hpp"
#include "core/envelope.hpp"
#include "eval/dataset.hpp"
#include "pipeline/run_stats.hpp"

namespace kycx::apps {

struct DatasetRun {
  std::map<std::string, Envelope> envelopes;  // by relative path
  pipeline::RunStats stats;
  double wall_seconds = 0;

  // The document's envelope, or a rejected one if the pipeline produced none.
  Envelope envelope_for(const eval::LabelledDocument& doc) const;
};

// Prints progress to stderr unless `quiet`. Fails on a configuration error.
Result<DatasetRun> run_dataset(const eval::Dataset& dataset, const PipelineFlags& flags, bool quiet);

}  // namespace kycx::apps
