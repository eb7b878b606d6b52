#include "extractors/document_extractor.hpp"

#include <algorithm>

#include "extractors/classifier.hpp"
#include "extractors/common/document_locale.hpp"
#include "extractors/common/key_values.hpp"
#include "extractors/reader_registry.hpp"
#include "schemas/schema_registry.hpp"

namespace kycx::extractors {

namespace {

// The fields a type's reader left unread that the generic labelled-value
// reader finds by the schema's labels.
void fill_labelled_fields(const std::string& type, const ExtractContext& context, Extraction& extraction) {
  const schemas::DocumentSchema* schema = schemas::SchemaRegistry::builtin().find(type);
  if (schema == nullptr || context.pages.empty()) return;
  const bool labelled = std::any_of(schema->fields().begin(), schema->fields().end(),
                                    [](const schemas::FieldSpec& f) { return !f.labels.empty(); });
  if (!labelled) return;
  const FormLayout layout(context.pages);
  const DocumentLocale locale = infer_locale(context.pages);
  bool added = false;
  for (auto& [name, kv] : read_key_values(layout, *schema, locale)) {
    const Field* have = extraction.fields.find(name);
    if (have != nullptr && !have->missing()) continue;
    extraction.fields.set(name, std::move(kv.field));
    added = true;
  }
  if (added && std::find(extraction.extractors.begin(), extraction.extractors.end(), "ocr_rules") ==
                   extraction.extractors.end()) {
    extraction.extractors.emplace_back("ocr_rules");
  }
}

}  // namespace

Classification classify(const ExtractContext& context) {
  return classify_document(context);
}

Extraction extract(const Classification& classification, const ExtractContext& context) {
  const DocumentReader* reader = find_reader(classification.document_type);
  if (reader == nullptr) return {};
  Extraction extraction;
  if (auto reading = reader->read(classification, context)) extraction = std::move(*reading);
  fill_labelled_fields(classification.document_type, context, extraction);
  return extraction;
}

}  // namespace kycx::extractors
