#include "pipeline/llm_stage.hpp"

#include <algorithm>

#include "extractors/common/text_match.hpp"
#include "llm/field_merge.hpp"

namespace kycx::pipeline {

namespace {

// A failed call is recorded as an error of the document. Transient failures
// (endpoint down, breaker open) leave the deterministic result to stand;
// permanent ones and unusable answers also send the document to review.
void record_failure(Envelope& envelope, const llm::CallFailure& failure) {
  envelope.errors.push_back({std::string(to_string(failure.error_code())), "LLM stage: " + failure.message, "llm"});
  if (failure.kind != llm::FailureKind::kTransient) {
    envelope.checks.push_back(
        {"llm.answer", CheckResult::kFail, {}, "the model gave no usable answer: " + failure.message});
  }
}

bool has_gap(const Envelope& envelope, const schemas::DocumentSchema& schema) {
  return std::any_of(schema.fields().begin(), schema.fields().end(), [&](const schemas::FieldSpec& spec) {
    const Field* f = envelope.fields.find(spec.name);
    return spec.required && (f == nullptr || f->missing());
  });
}

// Code, not the model, confirms a type the model chose: the document must
// show one of the type's classification hints or its name.
Check type_check(const std::vector<ocr::Page>& pages, const schemas::DocumentSchema& schema) {
  std::vector<std::string> phrases;
  const Json meta = schema.json().value("x-kycx", Json::object());
  for (const auto& hint : meta.value("classification_hints", Json::array())) {
    if (hint.is_string()) phrases.push_back(hint.get<std::string>());
  }
  if (meta.contains("display_name") && meta["display_name"].is_string()) phrases.push_back(meta["display_name"]);
  std::string name = schema.type();
  std::replace(name.begin(), name.end(), '_', ' ');
  phrases.push_back(name);
  // Lines end in '\n': a phrase may close a line, so line ends count as spaces.
  std::string text = " " + extractors::folded_text(pages) + " ";
  std::replace(text.begin(), text.end(), '\n', ' ');
  for (const auto& p : phrases) {
    const std::string folded = extractors::fold(p);
    if (!folded.empty() && text.find(" " + folded + " ") != std::string::npos) {
      return {"llm.document_type", CheckResult::kPass, {}, ""};
    }
  }
  return {"llm.document_type",
          CheckResult::kFail,
          {},
          "the model chose this type but the document shows none of its title or hint phrases"};
}

}  // namespace

LlmStage::LlmStage(std::shared_ptr<llm::LlmExtractor> extractor,
                   std::shared_ptr<const schemas::SchemaRegistry> registry)
    : extractor_(std::move(extractor)), registry_(std::move(registry)) {}

const schemas::SchemaRegistry& LlmStage::registry() const {
  return registry_ ? *registry_ : schemas::SchemaRegistry::builtin();
}

void LlmStage::operator()(DocumentJob& job) const {
  if (!extractor_ || job.rejected() || job.pages.empty()) return;
  StageTimer timer(job, "llm");
  Envelope& envelope = job.envelope;
  llm::CallLog log(extractor_->options());

  if (envelope.document_type == kUnknownDocumentType) {
    const llm::LlmClassification c = extractor_->classify(job.pages, registry(), job.deadline, log);
    if (c.failure) record_failure(envelope, *c.failure);
    if (c.document_type) {
      envelope.document_type = *c.document_type;
      envelope.checks.push_back(type_check(job.pages, *registry().find(*c.document_type)));
      log.set("document_type", *c.document_type);
    }
  }
  const schemas::DocumentSchema* schema = registry().find(envelope.document_type);
  if (schema != nullptr && (!extractor_->options().only_gaps || has_gap(envelope, *schema))) {
    llm::LlmExtraction x = extractor_->extract(job.pages, *schema, job.deadline, log);
    if (x.failure) {
      record_failure(envelope, *x.failure);
    } else {
      const llm::MergeReport merged = llm::merge_fields(envelope.fields, x.fields);
      log.set("merge", merged.to_json());
      auto& used = envelope.provenance.extractors;
      if ((!merged.filled.empty() || !merged.agreed.empty()) &&
          std::find(used.begin(), used.end(), "llm") == used.end()) {
        used.emplace_back("llm");
      }
    }
  }
  if (!log.empty()) {
    log.set("breaker", std::string(to_string(extractor_->client().breaker().state())));
    envelope.provenance.llm = log.to_json();
  }
}

}  // namespace kycx::pipeline
