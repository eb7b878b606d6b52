#include "pipeline/pipeline.hpp"

#include <exception>
#include <span>

#include <oneapi/tbb/flow_graph.h>
#include <oneapi/tbb/global_control.h>
#include <oneapi/tbb/task_arena.h>
#include <opencv2/core.hpp>
#include <opencv2/core/utility.hpp>

#include "core/time_util.hpp"
#include "ocr/tesseract_engine.hpp"
#include "pipeline/document_stages.hpp"
#include "pipeline/ingest_stage.hpp"
#include "pipeline/llm_stage.hpp"
#include "pipeline/ocr_stage.hpp"
#include "pipeline/preprocess_stage.hpp"
#include "pipeline/split_stage.hpp"

namespace kycx::pipeline {

namespace flow = oneapi::tbb::flow;

namespace {

// An exception escaping a node would cancel the whole graph: turn it into a
// rejection of this one document instead. OpenCV's are caught by type first.
template <class Stage, class Item>
void guarded(const Stage& stage, Item& item, DocumentJob& job, const char* name) {
  try {
    stage(item);
  } catch (const cv::Exception&) {
    // Its text (source file, assertion) means nothing to whoever reads the envelope.
    job.reject({ErrorCode::kInternal, std::string("internal error in the ") + name +
                                          " stage: an image operation failed on this document (a kycx defect; "
                                          "keep the file for the kycx maintainers)"},
               name);
  } catch (const std::exception& e) {
    job.reject({ErrorCode::kInternal, std::string("internal error in the ") + name + " stage: " + e.what()}, name);
  } catch (...) {
    job.reject({ErrorCode::kInternal, std::string("internal error in the ") + name + " stage"}, name);
  }
}

}  // namespace

Result<std::unique_ptr<Pipeline>> Pipeline::create(const PipelineOptions& options) {
  // Pages are the unit of parallelism, as for Tesseract: OpenCV's own
  // threads would only compete with the graph's workers for the same cores.
  cv::setNumThreads(0);
  std::shared_ptr<llm::LlmExtractor> llm;
  if (options.llm.enabled()) {
    auto created = llm::LlmExtractor::create(options.llm);
    if (!created) return tl::unexpected(created.error());
    llm = std::move(*created);
  }
  auto workers = OcrWorkers::create(options.resolved_workers(), options.ocr);
  if (!workers) return tl::unexpected(workers.error());
  return std::make_unique<Pipeline>(options, std::move(*workers), std::move(llm));
}

RunStats Pipeline::run(JobSource& source, EnvelopeSink& sink, const EnvelopeObserver& observer) {
  const int workers = options_.resolved_workers();
  const auto started = std::chrono::steady_clock::now();
  const double cpu_started = process_cpu_seconds();
  const ocr::TesseractCpu tesseract_started = ocr::tesseract_cpu_seconds();
  RunStats stats;

  const IngestStage ingest_stage(options_.limits);
  const PreprocessStage preprocess_stage(options_.preprocess, *workers_);
  OcrPixelBudget pixel_budget(options_.max_ocr_pixels_at_once);
  const OcrStage ocr_stage(*workers_, pixel_budget, options_.keep_images_max_pages, options_.preprocess);
  const SplitStage split_stage(options_.split_packets, options_.split);
  const ClassifyStage classify_stage;
  const ExtractStage extract_stage(*workers_);
  const LlmStage llm_stage(llm_, options_.schemas);
  const ValidateStage validate_stage(options_.validation, options_.review, options_.schemas);
  const FinishStage finish_stage;

  // One thread more than OCR workers: the source may block waiting for files.
  oneapi::tbb::global_control threads(oneapi::tbb::global_control::max_allowed_parallelism,
                                      static_cast<size_t>(workers + 1));
  oneapi::tbb::task_arena arena(workers + 1);
  arena.execute([&] {
    flow::graph g;
    std::uint64_t sequence = 0;
    const double max_seconds = options_.max_seconds_per_document;

    flow::input_node<JobPtr> input(g, [&](oneapi::tbb::flow_control& fc) -> JobPtr {
      auto next = source.next();
      if (!next) {
        fc.stop();
        return {};
      }
      return std::make_shared<DocumentJob>(std::move(*next), sequence++, max_seconds);
    });
    flow::limiter_node<JobPtr> limiter(g, static_cast<size_t>(options_.resolved_in_flight()));

    auto job_stage = [](const auto& stage, const char* name) {
      return [&stage, name](JobPtr job) {
        guarded([&](DocumentJob& j) { stage(j); }, *job, *job, name);
        return job;
      };
    };
    auto page_stage = [](const auto& stage, const char* name) {
      return [&stage, name](PageTaskPtr task) {
        guarded([&](PageTask& t) { stage(t); }, *task, *task->job, name);
        return task;
      };
    };

    flow::function_node<JobPtr, JobPtr> ingest(g, workers, job_stage(ingest_stage, "ingest"));

    using SplitNode = flow::multifunction_node<JobPtr, std::tuple<PageTaskPtr, JobPtr>>;
    SplitNode split(g, flow::unlimited, [](const JobPtr& job, SplitNode::output_ports_type& out) {
      if (job->rejected() || job->pages.empty()) {
        std::get<1>(out).try_put(job);
        return;
      }
      for (int i = 0; i < static_cast<int>(job->pages.size()); ++i) {
        auto task = std::make_shared<PageTask>();
        task->job = job;
        task->index = i;
        std::get<0>(out).try_put(task);
      }
    });

    // A page is decoded and prepared by the worker that reads it, right
    // before it reads it: no prepared page (its three images) waits in a
    // queue for a free OCR engine.
    flow::function_node<PageTaskPtr, PageTaskPtr> read_page(
        g, workers,
        [prepare = page_stage(preprocess_stage, "preprocess"), read = page_stage(ocr_stage, "ocr")](PageTaskPtr task) {
          return read(prepare(std::move(task)));
        });

    using JoinNode = flow::multifunction_node<PageTaskPtr, std::tuple<JobPtr>>;
    JoinNode join(g, flow::unlimited, [](const PageTaskPtr& task, JoinNode::output_ports_type& out) {
      if (--task->job->pages_remaining == 0) std::get<0>(out).try_put(task->job);
    });

    // A packet goes on as one job per document; the rest as they are.
    using DocumentsNode = flow::multifunction_node<JobPtr, std::tuple<JobPtr>>;
    DocumentsNode documents(g, workers, [&](const JobPtr& job, DocumentsNode::output_ports_type& out) {
      std::vector<JobPtr> parts{job};
      guarded([&](DocumentJob&) { parts = split_stage(job); }, *job, *job, "split");
      for (const JobPtr& part : parts) std::get<0>(out).try_put(part);
    });

    flow::function_node<JobPtr, JobPtr> classify(g, workers, job_stage(classify_stage, "classify"));
    flow::function_node<JobPtr, JobPtr> extract(g, workers, job_stage(extract_stage, "extract"));
    // Blocks on the network; the LLM client bounds the requests open at once.
    flow::function_node<JobPtr, JobPtr> llm(g, workers, job_stage(llm_stage, "llm"));
    flow::function_node<JobPtr, JobPtr> validate(g, workers, job_stage(validate_stage, "validate"));
    flow::function_node<JobPtr, JobPtr> finish(g, flow::unlimited, job_stage(finish_stage, "finish"));
    // The documents of a packet come together again in their file's job.
    using GatherNode = flow::multifunction_node<JobPtr, std::tuple<JobPtr>>;
    GatherNode gather(g, flow::unlimited, [](const JobPtr& job, GatherNode::output_ports_type& out) {
      if (!job->file_job) {
        std::get<0>(out).try_put(job);
        return;
      }
      const JobPtr file = std::move(job->file_job);
      const auto slot = static_cast<size_t>(job->envelope.packet ? job->envelope.packet->index - 1 : 0);
      file->documents[slot] = std::move(job->envelope);
      if (--file->documents_remaining == 0) std::get<0>(out).try_put(file);
    });
    // A finished job holds only its envelope: let the next document in.
    flow::function_node<JobPtr, flow::continue_msg> release(g, flow::unlimited,
                                                            [](const JobPtr&) { return flow::continue_msg(); });
    flow::sequencer_node<JobPtr> in_order(g, [](const JobPtr& job) { return job->sequence; });
    flow::function_node<JobPtr> write(g, flow::serial, [&](const JobPtr& job) {
      const bool packet = !job->documents.empty();
      ++stats.files;
      auto written = packet ? sink.write_packet(job->documents) : sink.write(job->envelope);
      if (!written) {
        stats.write_failures += packet ? static_cast<int>(job->documents.size()) : 1;
        stats.write_errors.push_back(written.error().message);
      }
      const std::span<const Envelope> written_envelopes =
          packet ? std::span<const Envelope>(job->documents) : std::span<const Envelope>(&job->envelope, 1);
      for (const Envelope& envelope : written_envelopes) {
        stats.add(envelope);
        stats.wall_seconds = elapsed_ms(started) / 1000.0;
        if (observer) observer(envelope, stats);
      }
    });

    flow::make_edge(input, limiter);
    flow::make_edge(limiter, ingest);
    flow::make_edge(ingest, split);
    flow::make_edge(flow::output_port<0>(split), read_page);
    flow::make_edge(flow::output_port<1>(split), classify);
    flow::make_edge(read_page, join);
    flow::make_edge(flow::output_port<0>(join), documents);
    flow::make_edge(flow::output_port<0>(documents), classify);
    flow::make_edge(classify, extract);
    flow::make_edge(extract, llm);
    flow::make_edge(llm, validate);
    flow::make_edge(validate, finish);
    flow::make_edge(finish, gather);
    flow::make_edge(flow::output_port<0>(gather), release);
    flow::make_edge(release, limiter.decrementer());
    if (options_.ordered) {
      flow::make_edge(flow::output_port<0>(gather), in_order);
      flow::make_edge(in_order, write);
    } else {
      flow::make_edge(flow::output_port<0>(gather), write);
    }

    input.activate();
    g.wait_for_all();
  });
  stats.wall_seconds = elapsed_ms(started) / 1000.0;
  stats.cpu_seconds = process_cpu_seconds() - cpu_started;
  const ocr::TesseractCpu tesseract = ocr::tesseract_cpu_seconds();
  stats.tesseract_seconds = tesseract.work - tesseract_started.work;
  stats.tesseract_load_seconds = tesseract.loading - tesseract_started.loading;
  stats.ocr_memory_waits = pixel_budget.waits();
  return stats;
}

}  // namespace kycx::pipeline
