#include "schemas/document_schema.hpp"

#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "core/sha256.hpp"

namespace kycx::schemas {

namespace {

// valijson's schema and validator types are not copyable: rebuild per call.
// Parsing a schema of a dozen fields costs microseconds.
bool validate_with_valijson(const nlohmann::json& schema_doc, const nlohmann::json& target,
                            std::vector<Violation>& out) {
  valijson::Schema schema;
  valijson::SchemaParser parser;
  valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_doc);
  parser.populateSchema(schema_adapter, schema);
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter target_adapter(target);
  const bool ok = validator.validate(schema, target_adapter, &results);
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    Violation v;
    // context is like {"<root>", "[transactions]", "[3]"}: the field is the second element.
    if (error.context.size() > 1) {
      v.field = error.context[1];
      if (v.field.size() > 2 && v.field.front() == '[') v.field = v.field.substr(1, v.field.size() - 2);
    }
    v.message = error.description;
    out.push_back(std::move(v));
  }
  return ok;
}

}  // namespace

Result<DocumentSchema> DocumentSchema::parse(const std::string& text, const std::string& origin) {
  DocumentSchema s;
  try {
    s.json_ = Json::parse(text);
  } catch (const nlohmann::json::exception& e) {
    return fail(ErrorCode::kInvalidArgument, "schema " + origin + " is not valid JSON: " + e.what());
  }
  const Json& j = s.json_;
  if (!j.is_object() || !j.contains("title") || !j.contains("properties") || !j["properties"].is_object()) {
    return fail(ErrorCode::kInvalidArgument, "schema " + origin + " needs a \"title\" and \"properties\"");
  }
  s.type_ = j["title"].get<std::string>();
  s.description_ = j.value("description", "");
  s.version_ = j.contains("x-kycx") ? j["x-kycx"].value("schema_version", "1") : "1";
  s.hash_ = sha256_hex(text);
  std::vector<std::string> required;
  if (j.contains("required")) required = j["required"].get<std::vector<std::string>>();
  for (const auto& [name, prop] : j["properties"].items()) {
    FieldSpec f;
    f.name = name;
    f.description = prop.value("description", "");
    f.required = std::find(required.begin(), required.end(), name) != required.end();
    f.is_array = prop.value("type", Json()) == "array";
    if (prop.contains("x-kycx")) {
      f.review_threshold = prop["x-kycx"].value("review_threshold", 0.9);
      f.redact = prop["x-kycx"].value("redact", "");
    }
    s.fields_.push_back(std::move(f));
  }
  // Prove the schema itself is usable before anyone relies on it.
  try {
    std::vector<Violation> ignored;
    validate_with_valijson(nlohmann::json(s.json_), nlohmann::json::object(), ignored);
  } catch (const std::exception& e) {
    return fail(ErrorCode::kInvalidArgument, "schema " + origin + " cannot be used: " + e.what());
  }
  return s;
}

const FieldSpec* DocumentSchema::field(std::string_view name) const {
  for (const auto& f : fields_) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

std::vector<Violation> DocumentSchema::validate_values(const Json& values) const {
  std::vector<Violation> out;
  try {
    validate_with_valijson(nlohmann::json(json_), nlohmann::json(values), out);
  } catch (const std::exception& e) {
    out.push_back({"", std::string("schema validation failed: ") + e.what()});
  }
  return out;
}

std::vector<Violation> DocumentSchema::validate(const FieldSet& fields) const {
  return validate_values(plain_values(fields));
}

Json plain_values(const FieldSet& fields) {
  Json values = Json::object();
  for (const auto& [name, field] : fields) {
    if (field.value.is_null()) continue;
    Json v = field.value;
    if (v.is_array()) {
      for (auto& item : v) {
        if (item.is_object()) {
          item.erase("source");
          item.erase("confidence");
        }
      }
    }
    values[name] = std::move(v);
  }
  return values;
}

}  // namespace kycx::schemas
