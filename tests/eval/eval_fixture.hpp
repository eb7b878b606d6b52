// Hand-made truths, envelopes and a small scored run with known metrics,
// shared by the eval tests. Not thread-safe (plain builders).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/envelope.hpp"
#include "eval/dataset.hpp"
#include "eval/eval_report.hpp"

namespace kycx::eval::testing {

// A field with a value (null for none), a confidence and review reasons.
Field field(Json value, double confidence, std::vector<std::string> reasons = {});

Envelope envelope(const std::string& type, DocumentStatus status, std::vector<std::pair<std::string, Field>> fields,
                  int pages = 1, std::int64_t duration_ms = 100);

LabelledDocument truth(const std::string& relative_path, const std::string& type, Json fields);

// Three documents with hand-computed metrics (see eval_fixture.cpp):
// a pay stub read right but for two fields, a W-2 taken for `unknown`, a
// rejected passport. Distinctive values ("ZANZIBAR", "98765.43") let tests
// prove that no output shows a value.
std::vector<DocumentScore> known_scores();
EvalReport known_report();

}  // namespace kycx::eval::testing
