#include "llm/answer_schema.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "core/sha256.hpp"
#include "schemas/json_schema_check.hpp"

namespace kycx::llm {

namespace {

const Json kLines = Json{{"type", "array"}, {"items", {{"type", "string"}}}};

// Allows null as well as what `s` allows.
Json nullable(Json s) {
  if (s.contains("anyOf")) {
    const bool has_null = std::any_of(s["anyOf"].begin(), s["anyOf"].end(),
                                      [](const Json& a) { return a.value("type", Json()) == "null"; });
    if (!has_null) s["anyOf"].push_back({{"type", "null"}});
    return s;
  }
  if (s.contains("type")) {
    Json& t = s["type"];
    if (t.is_string() && t != "null") t = Json::array({t, "null"});
    if (t.is_array() && std::find(t.begin(), t.end(), "null") == t.end()) t.push_back("null");
  }
  if (s.contains("enum") && std::find(s["enum"].begin(), s["enum"].end(), nullptr) == s["enum"].end()) {
    s["enum"].push_back(nullptr);
  }
  return s;
}

// Strict-mode objects: every property required, nothing else allowed,
// recursively; object items of arrays also say which lines they came from.
Json strict(Json s, bool add_lines) {
  s.erase("x-kycx");
  s.erase("$id");
  s.erase("$schema");
  s.erase("title");
  s.erase("default");
  s.erase("examples");
  if (s.contains("anyOf")) {
    for (auto& a : s["anyOf"]) a = strict(a, false);
  }
  if (s.contains("items")) s["items"] = strict(s["items"], true);
  if (s.value("type", Json()) == "object" && s.contains("properties")) {
    std::set<std::string> required;
    if (s.contains("required")) required = s["required"].get<std::set<std::string>>();
    Json props = Json::object();
    Json names = Json::array();
    for (auto& [name, prop] : s["properties"].items()) {
      Json p = strict(prop, false);
      props[name] = required.count(name) ? p : nullable(p);
      names.push_back(name);
    }
    if (add_lines) {
      props["lines"] = kLines;
      names.push_back("lines");
    }
    s["properties"] = std::move(props);
    s["required"] = std::move(names);
    s["additionalProperties"] = false;
  }
  return s;
}

// Keywords that some servers reject or ignore in strict mode; we check them locally.
Json for_wire(Json s) {
  if (s.is_object()) {
    s.erase("minLength");
    s.erase("maxLength");
    for (auto& [key, value] : s.items()) {
      if (key != "enum" && key != "required") value = for_wire(value);
    }
  } else if (s.is_array()) {
    for (auto& item : s) item = for_wire(item);
  }
  return s;
}

// A redacted field's value may be a placeholder: no pattern, format or length.
Json placeholder_tolerant(Json s) {
  for (const char* key : {"pattern", "format", "minLength", "maxLength", "enum"}) s.erase(key);
  if (s.contains("anyOf")) {
    for (auto& a : s["anyOf"]) a = placeholder_tolerant(a);
  }
  return s;
}

Json object_of(const Json& properties) {
  Json names = Json::array();
  for (const auto& [name, _] : properties.items()) names.push_back(name);
  return Json{{"type", "object"}, {"properties", properties}, {"required", names}, {"additionalProperties", false}};
}

AnswerSchema finish(std::string name, Json local) {
  AnswerSchema a;
  a.name = std::move(name);
  a.wire = for_wire(local);
  a.hash = sha256_hex(dump_json(local));
  a.local = std::move(local);
  return a;
}

}  // namespace

AnswerSchema AnswerSchema::build(const schemas::DocumentSchema& schema) {
  Json properties = Json::object();
  const Json& source = schema.json()["properties"];
  for (const auto& f : schema.fields()) {
    Json value = strict(source[f.name], false);
    if (!f.redact.empty()) {
      value = placeholder_tolerant(value);
      std::string label = f.redact;
      for (char& c : label) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      const std::string d = value.value("description", "");
      std::string description = d;
      if (!description.empty()) description += ' ';
      description += "May be a placeholder such as [" + label + "_1]: copy it.";
      value["description"] = description;
    }
    properties[f.name] = object_of(Json{{"value", nullable(value)}, {"lines", kLines}});
  }
  std::string name = "kycx_" + schema.type();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-') c = '_';
  }
  return finish(name.substr(0, 64), object_of(properties));
}

AnswerSchema AnswerSchema::for_types(const std::vector<std::string>& types) {
  Json names = Json::array();
  for (const auto& t : types) names.push_back(t);
  names.push_back("unknown");
  return finish("kycx_document_type",
                object_of(Json{{"document_type", {{"type", "string"}, {"enum", names}}}, {"lines", kLines}}));
}

std::vector<std::string> AnswerSchema::violations(const Json& answer) const {
  std::set<std::string> fields;
  try {
    const auto violations = schemas::check_against_schema(local, answer);
    if (violations.empty()) return {};
    for (const schemas::Violation& v : violations) {
      if (!v.field.empty()) fields.insert(v.field);  // the summary of the errors below has none
    }
  } catch (const std::exception&) {
    fields.insert("<root>");
  }
  if (fields.empty()) fields.insert("<root>");
  return {fields.begin(), fields.end()};
}

}  // namespace kycx::llm
