// Runs the pipeline over a labelled dataset and keeps every envelope in
// memory (with the evidence behind each field's confidence), for `kycx eval`
// and `kycx calibrate`. A file holding several documents gives several
// envelopes (contract section 7); all are kept, in page order.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "apps/pipeline_flags.hpp"
#include "core/envelope.hpp"
#include "eval/dataset.hpp"
#include "pipeline/run_stats.hpp"

namespace kycx::apps {

struct DatasetRun {
  std::map<std::string, std::vector<Envelope>> envelopes;  // by relative path, each file's in page order
  pipeline::RunStats stats;
  double wall_seconds = 0;

  // The file's envelopes in page order; empty if the pipeline produced none.
  const std::vector<Envelope>& envelopes_for(const eval::LabelledDocument& doc) const;
};

// Prints progress to stderr unless `quiet`. Fails on a configuration error.
Result<DatasetRun> run_dataset(const eval::Dataset& dataset, const PipelineFlags& flags, bool quiet);

}  // namespace kycx::apps
