#include "schemas/document_schema.hpp"

#include <algorithm>

#include "core/sha256.hpp"
#include "schemas/json_schema_check.hpp"

namespace kycx::schemas {

namespace {

Result<std::vector<RuleSpec>> parse_rules(const Json& list, const DocumentSchema& schema, const std::string& origin) {
  const auto bad = [&](const std::string& what) {
    return fail(ErrorCode::kInvalidArgument, "schema " + origin + ": x-kycx.rules " + what);
  };
  if (!list.is_array()) return bad("is not a list");
  std::vector<RuleSpec> out;
  for (const Json& r : list) {
    if (!r.is_object() || !r.contains("rule") || !r.contains("check") || !r.contains("fields") ||
        !r.contains("message") || !r["fields"].is_array()) {
      return bad("holds an entry without \"rule\", \"check\", \"fields\" and \"message\"");
    }
    RuleSpec spec;
    spec.rule = r["rule"].get<std::string>();
    spec.check = r["check"].get<std::string>();
    spec.fields = r["fields"].get<std::vector<std::string>>();
    spec.message = r["message"].get<std::string>();
    spec.review_reason = r.value("review_reason", "");
    spec.confirms = r.value("confirms", false);
    const std::string severity = r.value("severity", "error");
    if (severity != "error" && severity != "warning") return bad(spec.rule + ": severity is error or warning");
    spec.warning = severity == "warning";
    for (const std::string& field : spec.fields) {
      if (schema.field(field) == nullptr) return bad(spec.rule + ": no property named " + field);
    }
    out.push_back(std::move(spec));
  }
  return out;
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
      f.kind = prop["x-kycx"].value("kind", "");
      f.labels = prop["x-kycx"].value("labels", std::vector<std::string>{});
    }
    s.fields_.push_back(std::move(f));
  }
  if (j.contains("x-kycx") && j["x-kycx"].contains("rules")) {
    auto rules = parse_rules(j["x-kycx"]["rules"], s, origin);
    if (!rules) return tl::unexpected(rules.error());
    s.rules_ = std::move(*rules);
  }
  if (j.contains("x-kycx")) {
    s.required_evidence_ = j["x-kycx"].value("classification_requires", std::vector<std::string>{});
    // Or the label of one of these fields ("Net pay", "Gross pay" in any
    // language the schema lists): what every document of the type prints.
    for (const std::string& name : j["x-kycx"].value("classification_requires_labels_of", std::vector<std::string>{})) {
      const FieldSpec* field = s.field(name);
      if (field == nullptr) {
        return fail(ErrorCode::kInvalidArgument,
                    "schema " + origin + ": x-kycx.classification_requires_labels_of names a missing property");
      }
      s.required_evidence_.insert(s.required_evidence_.end(), field->labels.begin(), field->labels.end());
    }
  }
  if (j.contains("x-kycx") && j["x-kycx"].contains("ranges")) {
    for (const Json& r : j["x-kycx"]["ranges"]) {
      RangeSpec range{r.value("start", ""), r.value("end", ""), r.value("labels", std::vector<std::string>{})};
      if (!s.field(range.start) || !s.field(range.end)) {
        return fail(ErrorCode::kInvalidArgument, "schema " + origin + ": x-kycx.ranges names a missing property");
      }
      s.ranges_.push_back(std::move(range));
    }
  }
  // Prove the schema itself is usable before anyone relies on it.
  try {
    check_against_schema(s.json_, Json::object());
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
    out = check_against_schema(json_, values);
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
