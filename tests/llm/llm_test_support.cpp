#include "tests/llm/llm_test_support.hpp"

#include "schemas/schema_registry.hpp"

namespace kycx::testing {

llm::LlmOptions fast_llm_options(const std::string& base_url) {
  llm::LlmOptions o;
  o.base_url = base_url;
  o.model = "test-model";
  o.api_key = "sk-test-key";
  o.timeout_seconds = 2;
  o.connect_timeout_seconds = 1;
  o.max_attempts = 3;
  o.backoff_initial_ms = 20;
  o.backoff_max_ms = 80;
  o.max_retry_after_seconds = 5;
  o.breaker_failures = 100;
  o.breaker_cooldown_seconds = 0.2;
  o.cache_entries = 0;
  return o;
}

Json answer_entry(Json value, const std::string& line) {
  Json lines = Json::array();
  if (!value.is_null()) lines.push_back(line);
  return Json{{"value", std::move(value)}, {"lines", std::move(lines)}};
}

Json w2_answer() {
  Json a = Json::object();
  for (const auto& f : schemas::SchemaRegistry::builtin().find("w2")->fields()) a[f.name] = answer_entry(nullptr, "");
  a["tax_year"] = answer_entry("2023", "p1:l1");
  a["employee_ssn"] = answer_entry("[SSN_1]", "p1:l2");
  a["employer_ein"] = answer_entry("12-3456789", "p1:l3");
  a["employer_name"] = answer_entry("Acme Tools Inc", "p1:l4");
  a["employee_name"] = answer_entry("Jane Q Sample", "p1:l5");
  a["wages"] = answer_entry("52340.12", "p1:l6");
  a["federal_income_tax_withheld"] = answer_entry("6210.00", "p1:l7");
  a["currency"] = answer_entry("USD", "p1:l6");
  return a;
}

}  // namespace kycx::testing
