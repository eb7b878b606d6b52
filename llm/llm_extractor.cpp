#include "llm/llm_extractor.hpp"

#include <algorithm>
#include <cmath>

#include "core/sha256.hpp"
#include "core/time_util.hpp"
#include "llm/answer_fields.hpp"
#include "llm/document_lines.hpp"
#include "llm/redactor.hpp"

namespace kycx::llm {

namespace {

std::vector<std::string> redaction_classes(const schemas::DocumentSchema* schema) {
  std::vector<std::string> classes;
  if (schema == nullptr) return {"account_number", "document_number"};  // type unknown: be strict
  for (const auto& f : schema->fields()) {
    if (!f.redact.empty()) classes.push_back(f.redact);
  }
  return classes;
}

std::string field_list(const schemas::DocumentSchema& schema) {
  std::string out;
  for (const auto& f : schema.fields()) {
    out += "- " + f.name + (f.required ? " (required)" : "") + (f.description.empty() ? "" : ": " + f.description);
    out += '\n';
  }
  if (!out.empty()) out.pop_back();
  return out;
}

std::string type_list(const schemas::SchemaRegistry& registry) {
  std::string out;
  for (const auto& s : registry.all()) {
    out += "- " + s.type() + (s.description().empty() ? "" : ": " + s.description()) + '\n';
  }
  if (!out.empty()) out.pop_back();
  return out;
}

Json usage_json(const TokenUsage& u) {
  return Json{{"prompt", u.prompt_tokens},
              {"completion", u.completion_tokens},
              {"total", u.prompt_tokens + u.completion_tokens}};
}

CallFailure document_too_long(size_t chars, size_t limit) {
  return {FailureKind::kPermanent, "document_too_long",
          "the document's text (" + std::to_string(chars) + " characters) is longer than the limit for the model (" +
              std::to_string(limit) + ")"};
}

}  // namespace

void CallLog::add(Json call, const TokenUsage& usage) {
  usage_ += usage;
  calls_.push_back(std::move(call));
}

Json CallLog::to_json() const {
  const double cost = (static_cast<double>(usage_.prompt_tokens) * options_.price_input_per_mtok +
                       static_cast<double>(usage_.completion_tokens) * options_.price_output_per_mtok) /
                      1e6;
  Json prompts = Json::array();
  for (const auto& c : calls_) {
    if (std::find(prompts.begin(), prompts.end(), c["prompt"]) == prompts.end()) prompts.push_back(c["prompt"]);
  }
  Json j = {{"model", options_.model},
            {"prompts", std::move(prompts)},
            {"tokens", usage_json(usage_)},
            {"estimated_cost_usd", std::round(cost * 1e6) / 1e6},
            {"calls", calls_}};
  for (const auto& [k, v] : extra_.items()) j[k] = v;
  return j;
}

Result<std::unique_ptr<LlmExtractor>> LlmExtractor::create(const LlmOptions& options) {
  if (auto ok = options.validate(); !ok) return tl::unexpected(ok.error());
  auto extract = PromptTemplate::builtin("extract_fields");
  if (!extract) return tl::unexpected(extract.error());
  auto classify = PromptTemplate::builtin("classify_document");
  if (!classify) return tl::unexpected(classify.error());
  return std::make_unique<LlmExtractor>(options, std::move(*extract), std::move(*classify));
}

LlmExtractor::LlmExtractor(const LlmOptions& options, PromptTemplate extract_prompt, PromptTemplate classify_prompt)
    : client_(options),
      extract_prompt_(std::move(extract_prompt)),
      classify_prompt_(std::move(classify_prompt)),
      cache_(static_cast<size_t>(std::max(0, options.cache_entries))) {}

LlmExtractor::Asked LlmExtractor::ask(const PromptTemplate& prompt, const std::map<std::string, std::string>& slots,
                                      const AnswerSchema& schema, Clock::time_point deadline, CallLog& log) {
  const auto started = Clock::now();
  const std::string& text = slots.at("lines");
  Json call = {{"prompt", prompt.label()}, {"schema_hash", schema.hash.substr(0, 16)}};
  const std::string key = AnswerCache::key(options().model, prompt.label(), schema.hash, sha256_hex(text));
  if (auto hit = cache_.get(key)) {
    call["cached"] = true;
    call["requests"] = 0;
    call["outcome"] = "ok";
    log.add(std::move(call), {});
    return {std::move(*hit), std::nullopt};
  }
  ChatRequest request{prompt.system(slots), prompt.user(slots), schema.name, schema.wire};
  Asked asked;
  TokenUsage usage;
  int requests = 0;
  std::string served_model;
  // An unusable answer (cut off, refused, not JSON, off-schema) earns one more try.
  for (int call_number = 0; call_number < 2; ++call_number) {
    ChatReply reply = client_.complete(request, deadline);
    usage += reply.usage;
    requests += reply.attempts;
    if (!reply.served_model.empty()) served_model = reply.served_model;
    asked.failure = reply.failure;
    if (reply.ok()) {
      const auto broken = schema.violations(reply.content);
      if (broken.empty()) {
        asked.answer = std::move(reply.content);
        break;
      }
      std::string names;
      for (const auto& b : broken) names += (names.empty() ? "" : ", ") + b;
      asked.failure = CallFailure{FailureKind::kAnswer, "schema_violation",
                                  "the model's answer does not match the schema (" + names + ")"};
    }
    if (asked.failure->kind != FailureKind::kAnswer) break;
  }
  call["cached"] = false;
  call["requests"] = requests;
  call["outcome"] = asked.failure ? "failed" : "ok";
  call["failure"] = asked.failure ? Json(asked.failure->code) : Json();
  call["tokens"] = usage_json(usage);
  if (!served_model.empty()) call["served_model"] = served_model;
  call["duration_ms"] = static_cast<std::int64_t>(elapsed_ms(started));
  log.add(std::move(call), usage);
  if (!asked.failure) cache_.put(key, asked.answer);
  return asked;
}

LlmExtraction LlmExtractor::extract(const std::vector<ocr::Page>& pages, const schemas::DocumentSchema& schema,
                                    Clock::time_point deadline, CallLog& log) {
  LlmExtraction out;
  Redactor redactor(redaction_classes(&schema));
  const DocumentLines lines = DocumentLines::build(pages, redactor);
  const std::string text = lines.rendered();
  if (text.size() > options().max_document_chars) {
    out.failure = document_too_long(text.size(), options().max_document_chars);
    return out;
  }
  const AnswerSchema answer_schema = AnswerSchema::build(schema);
  const std::map<std::string, std::string> slots = {
      {"document_type", schema.type()},
      {"document_description", schema.description()},
      {"fields", field_list(schema)},
      {"fence", sha256_hex(text).substr(0, 16)},
      {"lines", text},
  };
  Asked asked = ask(extract_prompt_, slots, answer_schema, deadline, log);
  log.set("redactions", redactor.counts());
  if (asked.failure) {
    out.failure = std::move(asked.failure);
    return out;
  }
  AnswerFields fields = answer_fields(asked.answer, schema, lines, redactor, pages);
  log.set("grounding", Json{{"grounded", fields.grounded},
                            {"ungrounded", fields.ungrounded},
                            {"unknown_line_ids", fields.unknown_line_ids}});
  out.fields = std::move(fields.fields);
  return out;
}

LlmClassification LlmExtractor::classify(const std::vector<ocr::Page>& pages, const schemas::SchemaRegistry& registry,
                                         Clock::time_point deadline, CallLog& log) {
  LlmClassification out;
  Redactor redactor(redaction_classes(nullptr));
  const DocumentLines lines = DocumentLines::build(pages, redactor);
  const std::string text = lines.rendered();
  if (text.size() > options().max_document_chars) {
    out.failure = document_too_long(text.size(), options().max_document_chars);
    return out;
  }
  const AnswerSchema answer_schema = AnswerSchema::for_types(registry.types());
  const std::map<std::string, std::string> slots = {
      {"types", type_list(registry)},
      {"fence", sha256_hex(text).substr(0, 16)},
      {"lines", text},
  };
  Asked asked = ask(classify_prompt_, slots, answer_schema, deadline, log);
  if (asked.failure) {
    out.failure = std::move(asked.failure);
    return out;
  }
  const std::string type = asked.answer.value("document_type", "unknown");
  if (type != "unknown" && registry.find(type) != nullptr) out.document_type = type;
  return out;
}

}  // namespace kycx::llm
