#include "apps/dataset_run.hpp"

#include <chrono>
#include <cstdio>

#include <unistd.h>

#include "apps/progress_reporter.hpp"
#include "pipeline/pipeline.hpp"

namespace kycx::apps {

namespace {

// Keeps every envelope in memory, by relative path (the graph's writer calls it serially).
class MemorySink final : public pipeline::EnvelopeSink {
 public:
  explicit MemorySink(std::map<std::string, Envelope>& out) : out_(out) {}
  Result<void> write(const Envelope& envelope) override {
    out_[envelope.source.relative_path] = envelope;
    return {};
  }

 private:
  std::map<std::string, Envelope>& out_;
};

}  // namespace

Envelope DatasetRun::envelope_for(const eval::LabelledDocument& doc) const {
  if (auto found = envelopes.find(doc.relative_path); found != envelopes.end()) return found->second;
  Envelope envelope;
  envelope.source.relative_path = doc.relative_path;
  envelope.reject(Error{ErrorCode::kInternal, "the pipeline produced no envelope"}, "eval");
  return envelope;
}

Result<DatasetRun> run_dataset(const eval::Dataset& dataset, const PipelineFlags& flags, bool quiet) {
  auto options = flags.resolved();
  if (!options) return tl::unexpected(options.error());
  auto pipe = pipeline::Pipeline::create(*options);
  if (!pipe) return tl::unexpected(pipe.error());
  std::vector<pipeline::DocumentInput> inputs;
  for (const auto& doc : dataset.documents) inputs.push_back({doc.path, doc.relative_path});
  pipeline::ListJobSource source(std::move(inputs));
  DatasetRun run;
  MemorySink sink(run.envelopes);
  ProgressReporter progress(quiet ? 0 : source.size(), stderr, ::isatty(STDERR_FILENO) == 1);
  const auto start = std::chrono::steady_clock::now();
  run.stats = (*pipe)->run(source, sink, [&](const Envelope&, const pipeline::RunStats& s) { progress.update(s); });
  run.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  progress.finish();
  run.stats.wall_seconds = run.wall_seconds;
  return run;
}

}  // namespace kycx::apps
