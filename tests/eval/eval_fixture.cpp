#include "tests/eval/eval_fixture.hpp"

#include "schemas/schema_registry.hpp"

namespace kycx::eval::testing {

Field field(Json value, double confidence, std::vector<std::string> reasons) {
  Field f;
  f.value = std::move(value);
  f.confidence = confidence;
  for (auto& reason : reasons) f.review.add(std::move(reason));
  return f;
}

Envelope envelope(const std::string& type, DocumentStatus status, std::vector<std::pair<std::string, Field>> fields,
                  int pages, std::int64_t duration_ms) {
  Envelope e;
  e.document_type = type;
  e.status = status;
  e.source.page_count = pages;
  e.provenance.duration_ms = duration_ms;
  for (auto& [name, f] : fields) e.fields.set(name, std::move(f));
  return e;
}

LabelledDocument truth(const std::string& relative_path, const std::string& type, Json fields) {
  LabelledDocument doc;
  doc.relative_path = relative_path;
  doc.document_type = type;
  doc.fields = std::move(fields);
  return doc;
}

Envelope in_packet(Envelope e, int index, int count, int first, int last, int file_pages) {
  e.packet = PacketRef{.id = "f00d", .index = index, .count = count, .first_page = first, .last_page = last};
  e.document_id = "f00d:" + std::to_string(index);
  e.source.relative_path = "loan/packet.pdf";
  e.source.page_count = file_pages;
  return e;
}

LabelledDocument packet_truth(const std::string& relative_path, std::vector<PartTruth> parts) {
  LabelledDocument doc;
  doc.relative_path = relative_path;
  for (auto& p : parts) {
    doc.packet.push_back({.pages = {p.first, p.last}, .document_type = p.type, .fields = std::move(p.fields)});
  }
  return doc;
}

// Pay stub (1 page, 100 ms): employer and gross right and accepted, net pay
//   wrong but accepted (the silent error), employee_id predicted where the
//   truth is null (low_confidence only), pay_date missing.
// W-2 (2 pages, 300 ms): read as unknown, nothing predicted.
// Passport (0 pages, 200 ms): rejected.
// Overall: scored 8, correct 2, truth non-null 7, predicted non-null 4,
// accepted 3, accepted wrong 1; type accuracy 1/3.
std::vector<DocumentScore> known_scores() {
  const auto& registry = schemas::SchemaRegistry::builtin();
  std::vector<DocumentScore> scores;
  scores.push_back(score_document(truth("pay/stub.pdf", "pay_stub",
                                        Json{{"employer_name", "Zanzibar Tools Inc"},
                                             {"gross_pay", "98765.40"},
                                             {"net_pay", "1800.00"},
                                             {"employee_id", nullptr},
                                             {"pay_date", "2026-01-15"}}),
                                  envelope("pay_stub", DocumentStatus::kNeedsReview,
                                           {{"employer_name", field("zanzibar  tools inc", 0.95)},
                                            {"gross_pay", field("98765.4", 0.97)},
                                            {"net_pay", field("1900.00", 0.92)},
                                            {"employee_id", field("E1", 0.5, {"low_confidence"})},
                                            {"pay_date", field(nullptr, 0.0, {"missing"})}},
                                           1, 100),
                                  registry));
  scores.push_back(score_document(truth("w2/form.png", "w2", Json{{"tax_year", "2025"}, {"wages", "98765.43"}}),
                                  envelope("unknown", DocumentStatus::kNeedsReview, {}, 2, 300), registry));
  Envelope rejected = envelope("unknown", DocumentStatus::kRejected, {}, 0, 200);
  rejected.errors.push_back({"corrupt_file", "the file is damaged", "ingest"});
  scores.push_back(
      score_document(truth("id/passport.jpg", "passport", Json{{"surname", "ZANZIBAR"}}), rejected, registry));
  return scores;
}

EvalReport known_report() {
  return evaluate("known", known_scores(), RunTiming{.wall_seconds = 1.5});
}

LabelledDocument known_packet_truth() {
  return packet_truth("loan/packet.pdf",
                      {{1, 1, "w2", Json{{"employer_name", "Zanzibar Freight"}, {"tax_year", "2025"}}},
                       {2, 3, "pay_stub", Json{{"net_pay", "1800.00"}, {"pay_frequency", "monthly"}}},
                       {4, 4, "unknown"},
                       {5, 5, "bank_statement", Json{{"bank_name", "First Bank"}}}});
}

// w2 (page 1, 400 ms): both fields right and accepted. pay_stub (page 2, 500
// ms; the stub's page 3 came out apart, as unknown, 600 ms): net pay wrong
// but accepted, frequency right under low_confidence. bank_statement (pages
// 4-5, 700 ms, the unknown page 4 inside it): bank name right, accepted.
std::vector<Envelope> known_packet_envelopes() {
  return {
      in_packet(
          envelope("w2", DocumentStatus::kAccepted,
                   {{"employer_name", field("ZANZIBAR FREIGHT", 0.99)}, {"tax_year", field("2025", 0.99)}}, 5, 400),
          1, 4, 1, 1, 5),
      in_packet(
          envelope("pay_stub", DocumentStatus::kNeedsReview,
                   {{"net_pay", field("1900.00", 0.97)}, {"pay_frequency", field("monthly", 0.6, {"low_confidence"})}},
                   5, 500),
          2, 4, 2, 2, 5),
      in_packet(envelope("unknown", DocumentStatus::kNeedsReview, {}, 5, 600), 3, 4, 3, 3, 5),
      in_packet(
          envelope("bank_statement", DocumentStatus::kNeedsReview, {{"bank_name", field("FIRST BANK", 0.98)}}, 5, 700),
          4, 4, 4, 5, 5)};
}

EvalReport known_packet_report() {
  std::vector<DocumentScore> scores = known_scores();
  FileScore file = score_file(known_packet_truth(), known_packet_envelopes(), schemas::SchemaRegistry::builtin());
  for (ScoredDocument& doc : file.documents) scores.push_back(std::move(doc.score));
  return evaluate("known", std::move(scores), RunTiming{.wall_seconds = 1.5}, {*file.packet});
}

}  // namespace kycx::eval::testing
