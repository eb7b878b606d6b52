#include "apps/dataset_run.hpp"

#include <algorithm>
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
  explicit MemorySink(std::map<std::string, std::vector<Envelope>>& out) : out_(out) {}
  Result<void> write(const Envelope& envelope) override {
    out_[envelope.source.relative_path].push_back(envelope);
    return {};
  }

 private:
  std::map<std::string, std::vector<Envelope>>& out_;
};

// A packet's documents by first page (then index); a file's single envelope has no packet.
void sort_by_page(std::vector<Envelope>& envelopes) {
  auto key = [](const Envelope& e) {
    return e.packet ? std::make_pair(e.packet->first_page, e.packet->index) : std::make_pair(0, 0);
  };
  std::stable_sort(envelopes.begin(), envelopes.end(),
                   [&](const Envelope& a, const Envelope& b) { return key(a) < key(b); });
}

}  // namespace

const std::vector<Envelope>& DatasetRun::envelopes_for(const eval::LabelledDocument& doc) const {
  static const std::vector<Envelope> kNone;
  const auto found = envelopes.find(doc.relative_path);
  return found != envelopes.end() ? found->second : kNone;
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
  for (auto& [path, envelopes] : run.envelopes) sort_by_page(envelopes);
  run.stats.wall_seconds = run.wall_seconds;
  return run;
}

}  // namespace kycx::apps
