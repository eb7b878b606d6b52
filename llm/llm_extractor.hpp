// The LLM path for one document: number and redact its visible lines, ask the
// model (cache first) for the type's fields under a strict JSON schema, check
// the answer against the schema ourselves, map placeholders back and ground
// every value. The model proposes; it sets no status and no confidence.
// Thread-safe: one extractor serves every document of a run.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/field.hpp"
#include "core/json.hpp"
#include "llm/answer_cache.hpp"
#include "llm/answer_schema.hpp"
#include "llm/call_failure.hpp"
#include "llm/chat_client.hpp"
#include "llm/llm_options.hpp"
#include "llm/prompt_template.hpp"
#include "ocr/page.hpp"
#include "schemas/document_schema.hpp"
#include "schemas/schema_registry.hpp"

namespace kycx::llm {

// Token counts, requests and outcome of the model calls for one document, as
// written to provenance.llm (no document text or values).
class CallLog {
 public:
  explicit CallLog(const LlmOptions& options) : options_(options) {}
  void add(Json call, const TokenUsage& usage);
  void set(const std::string& key, Json value) { extra_[key] = std::move(value); }
  Json to_json() const;
  bool empty() const { return calls_.empty(); }

 private:
  const LlmOptions& options_;
  Json calls_ = Json::array();
  Json extra_ = Json::object();
  TokenUsage usage_;
};

struct LlmExtraction {
  FieldSet fields;                     // values the model proposed, grounded, method llm
  std::optional<CallFailure> failure;  // set when the model gave no usable answer
};

struct LlmClassification {
  std::optional<std::string> document_type;  // a type of the registry; nullopt: unknown or failed
  std::optional<CallFailure> failure;
};

class LlmExtractor {
 public:
  using Clock = std::chrono::steady_clock;

  // Checks the options and loads the prompts; fails with a message for the
  // operator (a configuration error, before any document is read).
  static Result<std::unique_ptr<LlmExtractor>> create(const LlmOptions& options);

  LlmExtraction extract(const std::vector<ocr::Page>& pages, const schemas::DocumentSchema& schema,
                        Clock::time_point deadline, CallLog& log);
  // Offers the model every type of `registry` by title and description.
  LlmClassification classify(const std::vector<ocr::Page>& pages, const schemas::SchemaRegistry& registry,
                             Clock::time_point deadline, CallLog& log);

  const ChatClient& client() const { return client_; }
  const LlmOptions& options() const { return client_.options(); }

  LlmExtractor(const LlmOptions& options, PromptTemplate extract_prompt, PromptTemplate classify_prompt);

 private:
  struct Asked {
    Json answer;
    std::optional<CallFailure> failure;
  };
  Asked ask(const PromptTemplate& prompt, const std::map<std::string, std::string>& slots, const AnswerSchema& schema,
            Clock::time_point deadline, CallLog& log);

  ChatClient client_;
  PromptTemplate extract_prompt_;
  PromptTemplate classify_prompt_;
  AnswerCache cache_;
};

}  // namespace kycx::llm
