#include "validators/schema_check.hpp"

namespace kycx::validators {

void apply_schema(const schemas::DocumentSchema& schema, Envelope& envelope) {
  FieldSet ordered;
  for (const auto& spec : schema.fields()) {
    const Field* found = envelope.fields.find(spec.name);
    Field field = found ? *found : Field{};
    if (field.missing()) {
      field.value = nullptr;
      field.confidence = 0.0;
      field.source.clear();
      if (spec.required) field.review.add("missing");
    }
    ordered.set(spec.name, std::move(field));
  }
  for (const auto& [name, field] : envelope.fields) {
    if (schema.field(name) == nullptr) {
      envelope.checks.push_back({"schema.unknown_field",
                                 CheckResult::kFail,
                                 {name},
                                 "an extractor produced a field the " + schema.type() + " schema does not define"});
    }
  }
  envelope.fields = std::move(ordered);

  const auto violations = schema.validate(envelope.fields);
  bool document_level = false;
  for (const auto& v : violations) {
    if (Field* f = envelope.fields.find(v.field); f != nullptr && !f->missing()) {
      f->review.add("invalid_format");
    } else if (v.field.empty()) {
      document_level = true;
    }
  }
  envelope.checks.push_back({"schema." + schema.type(),
                             document_level ? CheckResult::kFail : CheckResult::kPass,
                             {},
                             document_level ? "the fields do not match the document type's schema" : ""});
}

}  // namespace kycx::validators
