// Shared pieces of the loopback LLM tests: fast client options and the
// scripted answers for the synthetic W-2 of test_pages.hpp.
#pragma once

#include <string>

#include "core/json.hpp"
#include "llm/llm_options.hpp"

namespace kycx::testing {

// Short timeouts and backoffs so every scripted failure ends within seconds.
llm::LlmOptions fast_llm_options(const std::string& base_url);

// A full answer for the synthetic W-2: the SSN as its placeholder, the rest
// as printed there, each citing its line. Null for fields not on the page.
Json w2_answer();

// {"value": v, "lines": [line]}.
Json answer_entry(Json value, const std::string& line);

}  // namespace kycx::testing
