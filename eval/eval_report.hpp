// The metrics of one evaluation run (contract section 5; definitions and
// denominators in docs/EVAL.md), computed from the documents' scores and the
// run's wall time. Plain values; thread-safe once built.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "eval/calibration.hpp"
#include "eval/document_score.hpp"
#include "eval/field_counts.hpp"
#include "eval/packet_score.hpp"
#include "eval/row_match.hpp"
#include "eval/tradeoff.hpp"

namespace kycx::eval {

inline constexpr const char* kEvalReportVersion = "1";

struct FieldRow {
  std::string document_type;  // the truth type
  std::string field;
  FieldCounts counts;
  std::optional<RowMatch> rows;  // list-of-rows fields only
};

struct TypeRow {
  std::string document_type;
  std::int64_t documents = 0;
  std::int64_t type_correct = 0;
  std::int64_t accepted_documents = 0;  // status accepted
  std::int64_t rejected_documents = 0;
  FieldCounts counts;

  Ratio type_accuracy() const { return {type_correct, documents}; }
};

// Documents of one truth type read as another.
struct Confusion {
  std::string truth_type;
  std::string predicted_type;
  std::int64_t count = 0;
};

struct RunTiming {
  double wall_seconds = 0.0;  // of the pipeline run over the whole dataset
};

struct EvalReport {
  std::string dataset;  // as the user named it
  std::int64_t documents = 0;
  std::int64_t type_correct = 0;
  std::int64_t accepted_documents = 0;
  std::int64_t needs_review_documents = 0;
  std::int64_t rejected_documents = 0;
  std::int64_t pages = 0;
  double wall_seconds = 0.0;
  double latency_p50_ms = 0.0;  // per-document provenance.duration_ms
  double latency_p95_ms = 0.0;
  FieldCounts overall;
  RowMatch rows;                     // over every list-of-rows field
  std::vector<TypeRow> types;        // by type name
  std::vector<FieldRow> fields;      // by type, then truth-file order
  std::vector<Confusion> confusion;  // wrong document types, most frequent first
  Calibration calibration;           // over predicted non-null scored fields
  std::vector<TradeoffPoint> tradeoff;
  std::vector<DocumentScore> scores;     // by relative path, a packet's documents in page order
  std::optional<PacketSummary> packets;  // set only when the dataset holds packets

  Ratio type_accuracy() const { return {type_correct, documents}; }
  Ratio document_straight_through() const { return {accepted_documents, documents}; }
  double pages_per_second() const { return wall_seconds > 0 ? static_cast<double>(pages) / wall_seconds : 0.0; }
  // The fields with the lowest accuracy (ties: more scored first), at most `limit`.
  std::vector<const FieldRow*> worst_fields(size_t limit) const;
  // Documents whose type was wrong or that were rejected.
  std::vector<const DocumentScore*> problem_documents() const;
};

// `scores`: one per true document (a packet's documents each count as one).
// `packets`: one per packet file; pages and latencies of a packet file come
// from it (its produced documents), not from its documents' scores.
EvalReport evaluate(std::string dataset, std::vector<DocumentScore> scores, const RunTiming& timing,
                    std::vector<PacketScore> packets = {});

}  // namespace kycx::eval
