#include "pipeline/document_stages.hpp"

#include "core/time_util.hpp"
#include "core/version.hpp"
#include "extractors/document_extractor.hpp"
#include "pipeline/split_stage.hpp"
#include "schemas/schema_registry.hpp"
#include "validators/review_policy.hpp"
#include "validators/rule_engine.hpp"
#include "validators/schema_check.hpp"
#include "validators/status_decider.hpp"

namespace kycx::pipeline {

namespace {

extractors::ExtractContext make_context(DocumentJob& job, ocr::OcrEngine* engine, ocr::OcrEngine* precise = nullptr,
                                        ocr::OcrEngine* names = nullptr) {
  extractors::ExtractContext context{
      .pages = job.pages, .ocr = engine, .precise_ocr = precise, .names_ocr = names, .render = {}};
  if (job.reader) {
    // A document of a packet numbers its pages from its own first one.
    context.render = [reader = job.reader, offset = job.page_offset](int index, int dpi) {
      return reader->render_page(index + offset, dpi);
    };
  }
  return context;
}

}  // namespace

void ClassifyStage::operator()(DocumentJob& job) const {
  if (job.rejected() || job.reject_if_expired("classify")) return;
  StageTimer timer(job, "classify");
  const extractors::ExtractContext context = make_context(job, nullptr);
  job.classification = extractors::classify(context);
  job.envelope.document_type = job.classification.document_type;
  job.envelope.classification_confidence = job.classification.confidence;
}

void ExtractStage::operator()(DocumentJob& job) const {
  if (job.rejected() || job.reject_if_expired("extract")) return;
  StageTimer timer(job, "extract");
  const auto engine = workers_.lazy_text_engine();
  const auto precise = workers_.lazy_precise_engine();
  const auto names = workers_.lazy_names_engine();
  const extractors::ExtractContext context = make_context(job, engine.get(), precise.get(), names.get());
  extractors::Extraction extraction = extractors::extract(job.classification, context);
  job.envelope.fields = std::move(extraction.fields);
  job.envelope.checks = std::move(extraction.checks);
  job.envelope.provenance.extractors = std::move(extraction.extractors);
}

namespace {

// Text in a PDF that no reader of the page can see is a classic way to slip
// words past a machine; it is ignored, and a person is told.
std::optional<Check> hidden_text_check(const std::vector<ocr::Page>& pages, int page_offset) {
  bool any_text_layer = false;
  std::string where;
  for (const auto& page : pages) {
    if (page.text.info.text_source != TextSource::kTextLayer) continue;
    any_text_layer = true;
    if (page.text.hidden_words > 0) {
      where += (where.empty() ? "" : ", ") + std::string("page ") + std::to_string(page.text.info.page + page_offset) +
               " (" + std::to_string(page.text.hidden_words) + " words)";
    }
  }
  if (!any_text_layer) return std::nullopt;
  if (where.empty()) return Check{"document.hidden_text", CheckResult::kPass, {}, ""};
  return Check{"document.hidden_text",
               CheckResult::kFail,
               {},
               "the PDF carries text no reader can see (white, invisible, tiny or off the page) on " + where +
                   "; it was ignored"};
}

}  // namespace

void ValidateStage::operator()(DocumentJob& job) const {
  if (job.rejected()) return;
  StageTimer timer(job, "validate");
  const auto* schema = (registry_ ? *registry_ : schemas::SchemaRegistry::builtin()).find(job.envelope.document_type);
  if (schema) validators::apply_schema(*schema, job.envelope);
  validators::apply_rules(job.envelope, validation_);
  if (schema) validators::apply_confidence(job.envelope, *schema, review_.model(), review_);
  if (auto hidden = hidden_text_check(job.pages, job.page_offset)) job.envelope.checks.push_back(std::move(*hidden));
  validators::decide_status(job.envelope);
}

void FinishStage::operator()(DocumentJob& job) const {
  Envelope& env = job.envelope;
  if (env.status == DocumentStatus::kRejected) {
    env.review = {};
    env.fields = {};
    env.checks.clear();
  } else {
    for (const auto& page : job.pages) env.pages.push_back(page.text.info);
    restore_file_pages(env, job.page_offset);
  }
  env.provenance.kycx_version = kVersion;
  env.provenance.started_at = iso8601_utc(job.started_wall);
  env.provenance.duration_ms = static_cast<std::int64_t>(elapsed_ms(job.started));
  env.provenance.stage_ms = job.stage_times();
  job.pages.clear();
  job.pages.shrink_to_fit();
  job.reader.reset();
}

}  // namespace kycx::pipeline
