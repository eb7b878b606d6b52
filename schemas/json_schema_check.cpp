#include "schemas/json_schema_check.hpp"

#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace kycx::schemas {

// valijson's schema and validator types are not copyable: rebuilt per call.
// Parsing a schema of a dozen fields costs microseconds.
std::vector<Violation> check_against_schema(const Json& schema_json, const Json& target_json) {
  const nlohmann::json schema_doc(schema_json);
  const nlohmann::json target(target_json);
  valijson::Schema schema;
  valijson::SchemaParser parser;
  valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_doc);
  parser.populateSchema(schema_adapter, schema);
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter target_adapter(target);
  std::vector<Violation> out;
  if (validator.validate(schema, target_adapter, &results)) return out;
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
  return out;
}

}  // namespace kycx::schemas
