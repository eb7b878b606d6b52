// Turns the model's answer into fields: placeholders mapped back to the
// numbers they replaced, each value grounded in the visible words of the
// document (source boxes), `ungrounded` on what the document does not show.
// The model never sets confidence or status. Pure; thread-safe.
#pragma once

#include "core/field.hpp"
#include "core/json.hpp"
#include "llm/document_lines.hpp"
#include "llm/redactor.hpp"
#include "ocr/page.hpp"
#include "schemas/document_schema.hpp"

namespace kycx::llm {

struct AnswerFields {
  FieldSet fields;  // non-null values only, method llm, in schema order
  int grounded = 0;
  int ungrounded = 0;
  int unknown_line_ids = 0;  // cited ids that name no line of the document
};

// REQUIRES: `answer` conforms to AnswerSchema::build(schema).local.
AnswerFields answer_fields(const Json& answer, const schemas::DocumentSchema& schema, const DocumentLines& lines,
                           const Redactor& redactor, const std::vector<ocr::Page>& pages);

}  // namespace kycx::llm
