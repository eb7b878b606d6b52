#include "extractors/document_extractor.hpp"

#include <algorithm>

#include "extractors/classifier.hpp"
#include "extractors/common/document_locale.hpp"
#include "extractors/common/key_values.hpp"
#include "extractors/common/masthead.hpp"
#include "extractors/common/name_cleanup.hpp"
#include "extractors/common/text_match.hpp"
#include "extractors/reader_registry.hpp"
#include "schemas/schema_registry.hpp"

namespace kycx::extractors {

namespace {

// Words of a document's title, never an issuer's name.
constexpr std::string_view kTitleWords[] = {
    "statement",   "account", "bill",   "invoice", "earnings", "pay",        "payroll",  "advice", "stub",
    "slip",        "payslip", "of",     "your",    "monthly",  "summary",    "releve",   "compte", "facture",
    "bulletin",    "paie",    "estado", "cuenta",  "factura",  "recibo",     "nomina",   "de",     "du",
    "electricity", "gas",     "water",  "energy",  "utility",  "remittance", "customer", "copy",   "tax"};

// Applies `clean` to a text field's value.
template <typename Clean>
void cleaned(Field& field, Clean clean) {
  if (field.value.is_string()) field.value = clean(field.value.get<std::string>());
}

// The fields a type's reader left unread that the generic labelled-value
// reader finds by the schema's labels.
void fill_labelled_fields(const schemas::DocumentSchema& schema, const ExtractContext& context,
                          Extraction& extraction) {
  if (context.pages.empty()) return;
  const bool labelled = std::any_of(schema.fields().begin(), schema.fields().end(),
                                    [](const schemas::FieldSpec& f) { return !f.labels.empty(); });
  if (!labelled) return;
  const FormLayout layout(context.pages);
  const DocumentLocale locale = infer_locale(context.pages);
  bool added = false;
  auto unread = [&](const std::string& name) {
    const Field* have = extraction.fields.find(name);
    return have == nullptr || have->missing();
  };
  // Every value the type's reader found has a second reader now; it may stay silent.
  for (auto& [name, field] : extraction.fields) {
    if (!field.missing() && key_value_readable(schema, name))
      field.evidence.second_reading = FieldEvidence::SecondReading::kSilent;
  }
  for (auto& [name, kv] : read_key_values(layout, schema, locale)) {
    if (!unread(name)) {
      // A second, independent reading of what the type's reader found.
      // Two readers that disagree leave the choice to a person.
      Field& have = *extraction.fields.find(name);
      const bool agree = same_reading(have.value, kv.field.value);
      have.evidence.second_reading =
          agree ? FieldEvidence::SecondReading::kAgrees : FieldEvidence::SecondReading::kDisagrees;
      if (!agree) have.review.add("conflict");
      // The same value with separators or punctuation one reader dropped:
      // keep it as printed (the longer reading, "397867-6" over "3978676").
      if (agree && have.value.is_string() && kv.field.value.is_string() &&
          kv.field.value.get<std::string>().size() > have.value.get<std::string>().size()) {
        have.value = kv.field.value;
      }
      continue;
    }
    kv.field.evidence.generic = true;
    extraction.fields.set(name, std::move(kv.field));
    added = true;
  }
  // The issuer no label names: the name printed largest at the top.
  for (const schemas::FieldSpec& f : schema.fields()) {
    if (f.kind != "organisation_name" || !unread(f.name)) continue;
    if (auto name = masthead_name(layout, {.max_y = 0.2, .title_words = kTitleWords})) {
      Field issuer = form_field(layout, name->words, name->text);
      issuer.evidence.generic = true;
      issuer.evidence.by_position = true;
      extraction.fields.set(f.name, std::move(issuer));
      added = true;
    }
  }
  for (const schemas::FieldSpec& f : schema.fields()) {
    Field* field = extraction.fields.find(f.name);
    if (field == nullptr || field->missing()) continue;
    if (f.kind == "person_name") cleaned(*field, without_courtesy_title);
    if (f.kind == "organisation_name") cleaned(*field, without_logo_marks);
  }
  if (added && std::find(extraction.extractors.begin(), extraction.extractors.end(), "ocr_rules") ==
                   extraction.extractors.end()) {
    extraction.extractors.emplace_back("ocr_rules");
  }
}

// Kinds whose value, printed a second time elsewhere on the document (a
// greeting or a remittance slip repeating the customer's name), is a second
// reading of it. Not organisation names: a payroll provider's or a
// bank's brand repeats in the footer as often as the employer's or issuer's
// name does, so a repeated name says nothing of its role (held-out pay
// stubs: 7 of 13 names confirmed so were wrong). Not address parts either
// (2 of 33 held-out streets, 3 of 35 tune postcodes confirmed so were wrong).
constexpr std::string_view kRepeatedKinds[] = {"person_name"};

// Whether `field`'s value is printed again on the document, away from where
// it was read.
bool printed_again(const std::vector<ocr::Page>& pages, const Field& field) {
  if (!field.value.is_string() || field.source.empty()) return false;
  const std::string value = field.value.get<std::string>();
  if (fold(value).size() < 4) return false;  // "OH", "NY": repeated by chance
  for (const PhraseHit& hit : find_phrase(pages, value)) {
    const ocr::PageText& text = pages[static_cast<size_t>(hit.page)].text;
    BBox box;
    for (int w = hit.first_word; w < hit.first_word + hit.word_count; ++w) {
      box = united(box, text.words[static_cast<size_t>(w)].box);
    }
    const bool same_place = std::any_of(field.source.begin(), field.source.end(), [&](const SourceRef& s) {
      return s.page == hit.page + 1 && !intersected(s.bbox, box).empty();
    });
    if (!same_place) return true;
  }
  return false;
}

// Values found only by where they stand, confirmed when the document prints
// them again elsewhere.
void confirm_by_repetition(const schemas::DocumentSchema& schema, const ExtractContext& context,
                           Extraction& extraction) {
  for (auto& [name, field] : extraction.fields) {
    if (field.missing() || !field.evidence.by_position) continue;
    const schemas::FieldSpec* spec = schema.field(name);
    if (spec == nullptr ||
        std::find(std::begin(kRepeatedKinds), std::end(kRepeatedKinds), spec->kind) == std::end(kRepeatedKinds)) {
      continue;
    }
    if (printed_again(context.pages, field)) {
      field.evidence.readings = std::max(field.evidence.readings, 2);
      field.evidence.by_position = false;  // a second printing confirms it
    }
  }
}

}  // namespace

Classification classify(const ExtractContext& context) {
  return classify_document(context);
}

Extraction extract(const Classification& classification, const ExtractContext& context) {
  // A type that is only a schema (the 1099s) is read by its labels alone.
  const DocumentReader* reader = find_reader(classification.document_type);
  const schemas::DocumentSchema* own_schema = schemas::SchemaRegistry::builtin().find(classification.document_type);
  if (reader == nullptr && own_schema == nullptr) return {};
  Extraction extraction;
  if (reader != nullptr) {
    if (auto reading = reader->read(classification, context)) extraction = std::move(*reading);
  }
  if (own_schema != nullptr) {
    fill_labelled_fields(*own_schema, context, extraction);
    confirm_by_repetition(*own_schema, context, extraction);
  }
  return extraction;
}

}  // namespace kycx::extractors
