// libFuzzer harness: the LLM answer path, from the HTTP body to fields. The
// first byte picks the question (a document type's extraction, or the
// classification) and the form of the rest: the whole 2xx body of the chat
// completions API, or only the model's answer text, which is then wrapped in
// a body. read_completion() parses it; AnswerSchema::violations() holds the
// answer to the schema; a conforming extraction answer goes through
// answer_fields() (placeholders restored, values grounded in a fixed page).

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/json.hpp"
#include "llm/answer_fields.hpp"
#include "llm/answer_schema.hpp"
#include "llm/chat_client.hpp"
#include "llm/document_lines.hpp"
#include "llm/redactor.hpp"
#include "ocr/page.hpp"
#include "schemas/schema_registry.hpp"

namespace {

using namespace kycx;
using namespace kycx::llm;

// A synthetic page with numbers the redactor replaces, so that answers can
// carry placeholders ([SSN_1], [DOCUMENT_NUMBER_1]) back.
std::vector<ocr::Page> fixed_pages() {
  const std::vector<std::vector<std::string>> lines = {
      {"Form", "W-2", "Wage", "and", "Tax", "Statement", "2023"},
      {"a", "Employee's", "social", "security", "number", "123-45-6789"},
      {"c", "Employer's", "name", "Example", "Tools", "Inc"},
      {"1", "Wages,", "tips,", "other", "compensation", "52,340.12"},
      {"Passport", "No.", "X1234567", "Surname", "SAMPLE", "Given", "names", "JANE"},
      {"Date", "of", "birth", "01", "JAN", "1990", "Account", "000123456789"},
  };
  PageInfo info;
  info.page = 1;
  info.width = 612;
  info.height = 792;
  info.unit = "pt";
  info.text_source = TextSource::kTextLayer;
  ocr::PageTextBuilder builder(info);
  builder.begin_block();
  for (size_t l = 0; l < lines.size(); ++l) {
    builder.begin_line();
    double x = 0.05;
    const double y = 0.05 + 0.03 * static_cast<double>(l);
    for (const auto& word : lines[l]) {
      const double w = 0.012 * static_cast<double>(word.size());
      builder.add_word(word, BBox{x, y, x + w, y + 0.02}, 0.9f);
      x += w + 0.01;
    }
  }
  ocr::Page page;
  page.text = std::move(builder).finish();
  return {std::move(page)};
}

std::vector<std::string> redaction_classes(const schemas::DocumentSchema& schema) {
  std::vector<std::string> classes;
  for (const auto& f : schema.fields()) {
    if (!f.redact.empty()) classes.push_back(f.redact);
  }
  return classes;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const std::vector<ocr::Page> kPages = fixed_pages();
  const auto& registry = schemas::SchemaRegistry::builtin();
  const auto& all = registry.all();
  const size_t pick = (data[0] >> 1) % (all.size() + 1);  // all.size(): the classification
  const std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::string body =
      (data[0] & 1) == 0
          ? rest
          : dump_json(Json{{"model", "fuzz"},
                           {"choices", Json::array({Json{{"finish_reason", "stop"},
                                                         {"message", {{"role", "assistant"}, {"content", rest}}}}})},
                           {"usage", {{"prompt_tokens", 10}, {"completion_tokens", 5}}}});

  const ChatReply reply = read_completion(body);
  if (!reply.ok()) return 0;
  if (!reply.content.is_object()) std::abort();  // ok() promises a JSON object
  if (pick == all.size()) {
    const AnswerSchema schema = AnswerSchema::for_types(registry.types());
    (void)schema.violations(reply.content);
    return 0;
  }
  const schemas::DocumentSchema& schema = all[pick];
  const AnswerSchema answer_schema = AnswerSchema::build(schema);
  if (!answer_schema.violations(reply.content).empty()) return 0;
  Redactor redactor(redaction_classes(schema));
  const DocumentLines lines = DocumentLines::build(kPages, redactor);
  const AnswerFields fields = answer_fields(reply.content, schema, lines, redactor, kPages);
  if (fields.grounded + fields.ungrounded != static_cast<int>(fields.fields.size())) std::abort();
  return 0;
}
