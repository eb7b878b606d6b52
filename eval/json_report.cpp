#include "eval/json_report.hpp"

namespace kycx::eval {

namespace {

Json rate(const Ratio& r) {
  return r.defined() ? Json(r.value()) : Json(nullptr);
}

Json counts_json(const FieldCounts& c) {
  return Json{{"scored", c.scored},
              {"correct", c.correct},
              {"truth_non_null", c.truth_non_null},
              {"correct_truth_non_null", c.correct_truth_non_null},
              {"predicted_non_null", c.predicted_non_null},
              {"correct_predicted_non_null", c.correct_predicted_non_null},
              {"accepted", c.accepted},
              {"accepted_wrong", c.accepted_wrong},
              {"accuracy", rate(c.accuracy())},
              {"precision", rate(c.precision())},
              {"recall", rate(c.recall())},
              {"straight_through_rate", rate(c.straight_through())},
              {"silent_error_rate", rate(c.silent_error())}};
}

Json rows_json(const RowMatch& m) {
  return Json{{"truth", m.truth_rows},
              {"predicted", m.predicted_rows},
              {"matched", m.matched_rows},
              {"precision", rate({m.matched_rows, m.predicted_rows})},
              {"recall", rate({m.matched_rows, m.truth_rows})}};
}

Json documents_json(const EvalReport& r) {
  return Json{{"total", r.documents},
              {"document_type_correct", r.type_correct},
              {"document_type_accuracy", rate(r.type_accuracy())},
              {"accepted", r.accepted_documents},
              {"needs_review", r.needs_review_documents},
              {"rejected", r.rejected_documents},
              {"straight_through_rate", rate(r.document_straight_through())}};
}

Json types_json(const EvalReport& r) {
  Json types = Json::array();
  for (const TypeRow& t : r.types) {
    Json fields = Json::array();
    for (const FieldRow& f : r.fields) {
      if (f.document_type != t.document_type) continue;
      Json field = Json{{"field", f.field}, {"counts", counts_json(f.counts)}};
      if (f.rows) field["rows"] = rows_json(*f.rows);
      fields.push_back(std::move(field));
    }
    types.push_back(Json{{"document_type", t.document_type},
                         {"documents", t.documents},
                         {"document_type_correct", t.type_correct},
                         {"document_type_accuracy", rate(t.type_accuracy())},
                         {"accepted", t.accepted_documents},
                         {"rejected", t.rejected_documents},
                         {"fields", counts_json(t.counts)},
                         {"per_field", std::move(fields)}});
  }
  return types;
}

Json calibration_json(const Calibration& c) {
  Json bins = Json::array();
  for (const CalibrationBin& b : c.bins) {
    bins.push_back(Json{{"lower", b.lower},
                        {"upper", b.upper},
                        {"count", b.count},
                        {"correct", b.correct},
                        {"mean_confidence", b.count > 0 ? Json(b.mean_confidence) : Json(nullptr)},
                        {"accuracy", b.count > 0 ? Json(b.accuracy) : Json(nullptr)}});
  }
  return Json{{"samples", c.samples}, {"expected_calibration_error", c.expected_calibration_error}, {"bins", bins}};
}

Json tradeoff_json(const std::vector<TradeoffPoint>& curve) {
  Json points = Json::array();
  for (const TradeoffPoint& p : curve) {
    points.push_back(Json{{"threshold", p.threshold},
                          {"accepted", p.accepted},
                          {"accepted_wrong", p.accepted_wrong},
                          {"straight_through_rate", rate(p.straight_through())},
                          {"silent_error_rate", rate(p.silent_error())}});
  }
  return points;
}

Json pages_json(const PageRange& pages) {
  return Json{{"first_page", pages.first}, {"last_page", pages.last}};
}

Json part_json(const PartRef& part) {
  Json out = pages_json(part.pages);
  out["index"] = part.index;
  out["match"] = std::string(to_string(part.match));
  out["scored_against"] = part.scored_pages ? pages_json(*part.scored_pages) : Json(nullptr);
  out["read_as_supported"] = part.read_as_supported;
  out["supported_with_accepted_value"] = part.supported_with_accepted_value;
  return out;
}

Json packet_files_json(const std::vector<PacketScore>& files) {
  Json out = Json::array();
  for (const PacketScore& file : files) {
    Json truth = Json::array();
    for (const PacketPart& part : file.truth) {
      Json p = pages_json(part.pages);
      p["document_type"] = part.document_type;
      truth.push_back(std::move(p));
    }
    Json produced = Json::array();
    for (const ProducedDocument& doc : file.produced) {
      Json p = pages_json(doc.pages);
      p["document_type"] = doc.document_type;
      p["status"] = std::string(to_string(doc.status));
      p["exact"] = doc.exact;
      p["labelled"] = doc.labelled;
      produced.push_back(std::move(p));
    }
    out.push_back(Json{{"file", file.relative_path},
                       {"pages", file.pages},
                       {"boundaries_right", file.boundaries_right()},
                       {"truth", std::move(truth)},
                       {"produced", std::move(produced)}});
  }
  return out;
}

Json ratio_json(const Ratio& r) {
  return Json{{"count", r.num}, {"of", r.den}, {"rate", rate(r)}};
}

Json packets_json(const PacketSummary& p) {
  return Json{{"packets", p.packets},
              {"truth_documents", p.truth_documents},
              {"produced_documents", p.produced_documents},
              {"produced_unlabelled", p.produced_unlabelled},
              {"truth_overlap", p.truth_overlap},
              {"truth_missing", p.truth_missing},
              {"boundary_precision", ratio_json(p.boundary_precision())},
              {"boundary_recall", ratio_json(p.boundary_recall())},
              {"exact_type_accuracy", ratio_json(p.exact_type_accuracy())},
              {"straight_through", ratio_json(p.straight_through_rate())},
              {"out_of_scope_accepted", ratio_json(p.out_of_scope_accepted_rate())},
              {"supported_typed_unknown", ratio_json(p.supported_typed_unknown_rate())},
              {"files", packet_files_json(p.files)}};
}

Json results_json(const std::vector<DocumentScore>& scores) {
  Json docs = Json::array();
  for (const DocumentScore& d : scores) {
    Json fields = Json::array();
    for (const FieldScore& f : d.fields) {
      Json field = Json{{"field", f.field},
                        {"correct", f.correct},
                        {"truth_null", f.truth_null},
                        {"predicted_null", f.predicted_null},
                        {"confidence", f.predicted_null ? Json(nullptr) : Json(f.confidence)},
                        {"accepted", f.accepted},
                        {"review_reasons", f.review_reasons}};
      if (f.rows) field["rows"] = rows_json(*f.rows);
      fields.push_back(std::move(field));
    }
    Json doc = Json{{"file", d.relative_path},
                    {"truth_type", d.truth_type},
                    {"predicted_type", d.predicted_type},
                    {"status", std::string(to_string(d.status))},
                    {"errors", d.error_codes},
                    {"pages", d.pages},
                    {"duration_ms", d.duration_ms},
                    {"fields", std::move(fields)}};
    if (d.part) doc["part"] = part_json(*d.part);
    docs.push_back(std::move(doc));
  }
  return docs;
}

}  // namespace

Json render_json(const EvalReport& r) {
  Json confusion = Json::array();
  for (const Confusion& c : r.confusion) {
    confusion.push_back(Json{{"truth", c.truth_type}, {"predicted", c.predicted_type}, {"count", c.count}});
  }
  Json out = Json{{"eval_version", kEvalReportVersion},
                  {"dataset", r.dataset},
                  {"documents", documents_json(r)},
                  {"fields", counts_json(r.overall)},
                  {"transaction_rows", rows_json(r.rows)},
                  {"throughput", Json{{"pages", r.pages},
                                      {"wall_seconds", r.wall_seconds},
                                      {"pages_per_second", r.pages_per_second()},
                                      {"latency_ms", Json{{"p50", r.latency_p50_ms}, {"p95", r.latency_p95_ms}}}}},
                  {"calibration", calibration_json(r.calibration)},
                  {"tradeoff", tradeoff_json(r.tradeoff)},
                  {"types", types_json(r)},
                  {"confusion", std::move(confusion)}};
  if (r.packets) out["packets"] = packets_json(*r.packets);
  out["results"] = results_json(r.scores);
  return out;
}

}  // namespace kycx::eval
