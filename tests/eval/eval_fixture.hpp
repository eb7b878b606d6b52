// Hand-made truths, envelopes and a small scored run with known metrics,
// shared by the eval tests. Not thread-safe (plain builders).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/envelope.hpp"
#include "eval/dataset.hpp"
#include "eval/eval_report.hpp"
#include "eval/file_score.hpp"

namespace kycx::eval::testing {

// A field with a value (null for none), a confidence and review reasons.
Field field(Json value, double confidence, std::vector<std::string> reasons = {});

Envelope envelope(const std::string& type, DocumentStatus status, std::vector<std::pair<std::string, Field>> fields,
                  int pages = 1, std::int64_t duration_ms = 100);

LabelledDocument truth(const std::string& relative_path, const std::string& type, Json fields);

// `e` as document `index` of `count` of a packet, on pages first..last of a `file_pages`-page file.
Envelope in_packet(Envelope e, int index, int count, int first, int last, int file_pages);

// A packet truth: {first page, last page, type, fields} per document.
struct PartTruth {
  int first;
  int last;
  std::string type;
  Json fields = Json::object();
};
LabelledDocument packet_truth(const std::string& relative_path, std::vector<PartTruth> parts);

// Three documents with hand-computed metrics (see eval_fixture.cpp):
// a pay stub read right but for two fields, a W-2 taken for `unknown`, a
// rejected passport. Distinctive values ("ZANZIBAR", "98765.43") let tests
// prove that no output shows a value.
std::vector<DocumentScore> known_scores();
EvalReport known_report();

// "loan/packet.pdf", 5 pages (see eval_fixture.cpp): truth 1 w2, 2-3 pay_stub,
// 4 unknown, 5 bank_statement; produced 1 w2 (exact, accepted), 2 pay_stub and
// 3 unknown (over-split), 4-5 bank_statement (merged with the unknown page).
std::vector<Envelope> known_packet_envelopes();
LabelledDocument known_packet_truth();
// known_scores() plus the packet's.
EvalReport known_packet_report();

}  // namespace kycx::eval::testing
