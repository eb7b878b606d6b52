#include "eval/eval_report.hpp"

#include <algorithm>
#include <map>

#include "eval/latency.hpp"

namespace kycx::eval {

namespace {

TypeRow& type_row(std::vector<TypeRow>& types, const std::string& type) {
  for (TypeRow& row : types) {
    if (row.document_type == type) return row;
  }
  TypeRow row;
  row.document_type = type;
  types.push_back(std::move(row));
  return types.back();
}

FieldRow& field_row(std::vector<FieldRow>& fields, const std::string& type, const std::string& field) {
  for (FieldRow& row : fields) {
    if (row.document_type == type && row.field == field) return row;
  }
  FieldRow row;
  row.document_type = type;
  row.field = field;
  fields.push_back(std::move(row));
  return fields.back();
}

}  // namespace

std::vector<const FieldRow*> EvalReport::worst_fields(size_t limit) const {
  std::vector<const FieldRow*> rows;
  for (const FieldRow& row : fields) rows.push_back(&row);
  std::stable_sort(rows.begin(), rows.end(), [](const FieldRow* a, const FieldRow* b) {
    if (a->counts.accuracy().value() != b->counts.accuracy().value()) {
      return a->counts.accuracy().value() < b->counts.accuracy().value();
    }
    return a->counts.scored > b->counts.scored;
  });
  if (rows.size() > limit) rows.resize(limit);
  return rows;
}

std::vector<const DocumentScore*> EvalReport::problem_documents() const {
  std::vector<const DocumentScore*> out;
  for (const DocumentScore& doc : scores) {
    if (!doc.type_correct() || doc.rejected()) out.push_back(&doc);
  }
  return out;
}

EvalReport evaluate(std::string dataset, std::vector<DocumentScore> scores, const RunTiming& timing,
                    std::vector<PacketScore> packets) {
  EvalReport report;
  report.dataset = std::move(dataset);
  std::sort(scores.begin(), scores.end(), [](const DocumentScore& a, const DocumentScore& b) {
    if (a.relative_path != b.relative_path) return a.relative_path < b.relative_path;
    return (a.part ? a.part->index : 0) < (b.part ? b.part->index : 0);
  });
  std::vector<ConfidenceSample> samples;
  std::vector<double> latencies;
  std::map<std::pair<std::string, std::string>, std::int64_t> confusion;
  for (const DocumentScore& doc : scores) {
    ++report.documents;
    if (!doc.part) {
      report.pages += doc.pages;
      latencies.push_back(static_cast<double>(doc.duration_ms));
    }
    TypeRow& type = type_row(report.types, doc.truth_type);
    ++type.documents;
    if (doc.type_correct()) {
      ++report.type_correct;
      ++type.type_correct;
    } else {
      ++confusion[{doc.truth_type, doc.predicted_type}];
    }
    if (doc.status == DocumentStatus::kAccepted) {
      ++report.accepted_documents;
      ++type.accepted_documents;
    } else if (doc.status == DocumentStatus::kNeedsReview) {
      ++report.needs_review_documents;
    } else {
      ++report.rejected_documents;
      ++type.rejected_documents;
    }
    for (const FieldScore& field : doc.fields) {
      FieldRow& row = field_row(report.fields, doc.truth_type, field.field);
      row.counts.add(field);
      type.counts.add(field);
      report.overall.add(field);
      if (field.rows) {
        row.rows = row.rows.value_or(RowMatch{});
        *row.rows += *field.rows;
        report.rows += *field.rows;
      }
      if (!field.predicted_null) samples.push_back({field.confidence, field.correct});
    }
  }
  std::sort(report.types.begin(), report.types.end(),
            [](const TypeRow& a, const TypeRow& b) { return a.document_type < b.document_type; });
  std::stable_sort(report.fields.begin(), report.fields.end(),
                   [](const FieldRow& a, const FieldRow& b) { return a.document_type < b.document_type; });
  for (const auto& [types, count] : confusion) report.confusion.push_back({types.first, types.second, count});
  std::stable_sort(report.confusion.begin(), report.confusion.end(),
                   [](const Confusion& a, const Confusion& b) { return a.count > b.count; });
  for (const PacketScore& packet : packets) {
    report.pages += packet.pages;
    for (const ProducedDocument& produced : packet.produced)
      latencies.push_back(static_cast<double>(produced.duration_ms));
  }
  if (!packets.empty()) report.packets = summarize_packets(scores, std::move(packets));
  report.wall_seconds = timing.wall_seconds;
  report.latency_p50_ms = percentile(latencies, 0.50);
  report.latency_p95_ms = percentile(latencies, 0.95);
  report.calibration = calibrate(samples);
  report.tradeoff = tradeoff_curve(scores);
  report.scores = std::move(scores);
  return report;
}

}  // namespace kycx::eval
