#include "eval/file_score.hpp"

#include <gtest/gtest.h>

#include "tests/eval/eval_fixture.hpp"

namespace kycx::eval {
namespace {

using testing::envelope;
using testing::field;
using testing::in_packet;
using testing::packet_truth;
using testing::truth;

const schemas::SchemaRegistry& builtin_schemas() {
  return schemas::SchemaRegistry::builtin();
}

// Two scores of one document agree on everything a report shows.
void expect_same(const DocumentScore& a, const DocumentScore& b) {
  EXPECT_EQ(a.relative_path, b.relative_path);
  EXPECT_EQ(a.truth_type, b.truth_type);
  EXPECT_EQ(a.predicted_type, b.predicted_type);
  EXPECT_EQ(a.status, b.status);
  EXPECT_EQ(a.error_codes, b.error_codes);
  EXPECT_EQ(a.duration_ms, b.duration_ms);
  ASSERT_EQ(a.fields.size(), b.fields.size());
  for (size_t i = 0; i < a.fields.size(); ++i) {
    const FieldScore& x = a.fields[i];
    const FieldScore& y = b.fields[i];
    EXPECT_EQ(x.field, y.field);
    EXPECT_EQ(x.correct, y.correct) << x.field;
    EXPECT_EQ(x.truth_null, y.truth_null) << x.field;
    EXPECT_EQ(x.predicted_null, y.predicted_null) << x.field;
    EXPECT_EQ(x.confidence, y.confidence) << x.field;
    EXPECT_EQ(x.eligible, y.eligible) << x.field;
    EXPECT_EQ(x.accepted, y.accepted) << x.field;
    EXPECT_EQ(x.review_reasons, y.review_reasons) << x.field;
  }
}

TEST(FileScoreTest, OneDocumentOneEnvelopeScoresAsBefore) {
  const LabelledDocument t = truth("s.pdf", "pay_stub", Json{{"gross_pay", "1234.50"}, {"net_pay", "1000.00"}});
  const Envelope e = envelope("pay_stub", DocumentStatus::kAccepted,
                              {{"gross_pay", field("1234.5", 0.99)}, {"net_pay", field("999.00", 0.95)}}, 2, 321);
  const FileScore file = score_file(t, {e}, builtin_schemas());
  ASSERT_EQ(file.documents.size(), 1u);
  EXPECT_FALSE(file.packet);
  EXPECT_EQ(file.documents[0].envelope, 0u);
  const DocumentScore& got = file.documents[0].score;
  expect_same(got, score_document(t, e, builtin_schemas()));
  EXPECT_EQ(got.pages, 2);
  EXPECT_FALSE(got.part);
  EXPECT_EQ(got.display_name(), "s.pdf");
  EXPECT_TRUE(got.fields[0].accepted);
  EXPECT_FALSE(got.fields[1].correct);
}

TEST(FileScoreTest, NoEnvelopeIsARejectedDocumentAsBefore) {
  const FileScore file = score_file(truth("s.pdf", "w2", Json{{"wages", "1.00"}}), {}, builtin_schemas());
  ASSERT_EQ(file.documents.size(), 1u);
  const DocumentScore& got = file.documents[0].score;
  EXPECT_TRUE(got.rejected());
  EXPECT_EQ(got.error_codes, std::vector<std::string>{"internal"});
  EXPECT_EQ(got.predicted_type, "unknown");
  EXPECT_TRUE(got.fields[0].predicted_null);
  EXPECT_FALSE(file.documents[0].envelope);
  EXPECT_TRUE(file.calibration_documents().empty());
}

TEST(FileScoreTest, AOneDocumentFileSplitInTwoIsScoredAgainstTheLargerPiece) {
  const LabelledDocument t = truth("s.pdf", "bank_statement", Json{{"bank_name", "First Bank"}});
  const std::vector<Envelope> envelopes = {
      in_packet(envelope("unknown", DocumentStatus::kNeedsReview, {}, 3), 1, 2, 1, 1, 3),
      in_packet(envelope("bank_statement", DocumentStatus::kAccepted, {{"bank_name", field("First Bank", 0.99)}}, 3), 2,
                2, 2, 3, 3)};
  const FileScore file = score_file(t, envelopes, builtin_schemas());
  ASSERT_EQ(file.documents.size(), 1u);
  EXPECT_EQ(file.documents[0].envelope, 1u);
  EXPECT_TRUE(file.documents[0].score.fields[0].accepted);
  EXPECT_FALSE(file.documents[0].score.part);  // reported as a plain document
  EXPECT_FALSE(file.packet);
}

TEST(FileScoreTest, ExactlyMatchedPartsScoreAsStandAloneDocuments) {
  const LabelledDocument t = packet_truth(
      "loan/packet.pdf",
      {{1, 1, "w2", Json{{"tax_year", "2025"}}}, {2, 3, "pay_stub", Json{{"net_pay", "1800.00"}}}, {4, 4, "unknown"}});
  // Produced in another order than the pages: matching does not rely on it.
  const std::vector<Envelope> envelopes = {
      in_packet(envelope("pay_stub", DocumentStatus::kNeedsReview, {{"net_pay", field("1900.00", 0.97)}}, 4, 20), 2, 3,
                2, 3, 4),
      in_packet(envelope("w2", DocumentStatus::kAccepted, {{"tax_year", field("2025", 0.99)}}, 4, 10), 1, 3, 1, 1, 4),
      in_packet(envelope("unknown", DocumentStatus::kNeedsReview, {}, 4, 30), 3, 3, 4, 4, 4)};
  const FileScore file = score_file(t, envelopes, builtin_schemas());
  ASSERT_EQ(file.documents.size(), 3u);
  const size_t envelope_of[] = {1, 0, 2};
  for (size_t i = 0; i < 3; ++i) {
    const ScoredDocument& doc = file.documents[i];
    EXPECT_EQ(doc.envelope, envelope_of[i]);
    expect_same(doc.score, score_document(t.part(i), envelopes[envelope_of[i]], builtin_schemas()));
    ASSERT_TRUE(doc.score.part);
    EXPECT_EQ(doc.score.part->index, static_cast<int>(i) + 1);
    EXPECT_EQ(doc.score.part->match, PartMatch::kExact);
    EXPECT_EQ(doc.score.part->scored_pages, t.packet[i].pages);
  }
  EXPECT_EQ(file.documents[1].score.pages, 2);  // the part's pages, not the file's
  EXPECT_EQ(file.documents[1].score.display_name(), "loan/packet.pdf [pages 2-3]");
  EXPECT_EQ(file.documents[0].score.display_name(), "loan/packet.pdf [page 1]");
  EXPECT_TRUE(file.documents[0].score.fields[0].accepted);
  EXPECT_TRUE(file.documents[1].score.fields[0].accepted);  // wrong, so a silent error
  EXPECT_FALSE(file.documents[1].score.fields[0].correct);

  ASSERT_TRUE(file.packet);
  EXPECT_TRUE(file.packet->boundaries_right());
  EXPECT_EQ(file.packet->pages, 4);
  ASSERT_EQ(file.packet->produced.size(), 3u);
  EXPECT_EQ(file.packet->produced[0].pages, (PageRange{1, 1}));  // page order
  EXPECT_EQ(file.packet->produced[0].duration_ms, 10);
  EXPECT_EQ(file.packet->truth_text(), "1 w2, 2-3 pay_stub, 4 unknown");
  EXPECT_EQ(file.packet->produced_text(), "1 w2, 2-3 pay_stub, 4 unknown");
  EXPECT_EQ(file.calibration_documents().size(), 3u);
}

TEST(FileScoreTest, MergedDocumentsScoreEachPartAgainstTheMerger) {
  const LabelledDocument t = packet_truth(
      "loan/packet.pdf", {{1, 1, "w2", Json{{"tax_year", "2025"}}}, {2, 3, "pay_stub", Json{{"net_pay", "1800.00"}}}});
  const std::vector<Envelope> envelopes = {in_packet(
      envelope("pay_stub", DocumentStatus::kAccepted, {{"net_pay", field("1800.00", 0.97)}}, 3), 1, 1, 1, 3, 3)};
  const FileScore file = score_file(t, envelopes, builtin_schemas());
  const DocumentScore& w2 = file.documents[0].score;
  const DocumentScore& stub = file.documents[1].score;
  EXPECT_EQ(w2.part->match, PartMatch::kOverlap);
  EXPECT_EQ(w2.part->scored_pages, (PageRange{1, 3}));
  EXPECT_EQ(w2.predicted_type, "pay_stub");
  EXPECT_TRUE(w2.fields[0].predicted_null);  // the merger has no tax year
  EXPECT_FALSE(w2.fields[0].accepted);
  EXPECT_EQ(stub.part->match, PartMatch::kOverlap);
  EXPECT_TRUE(stub.fields[0].correct);
  EXPECT_TRUE(stub.fields[0].accepted);  // it went out without review: counted as such
  EXPECT_FALSE(file.packet->boundaries_right());
  EXPECT_FALSE(file.packet->produced[0].exact);
  EXPECT_TRUE(file.calibration_documents().empty());  // no exact match: nothing to learn from
}

TEST(FileScoreTest, OverSplitDocumentsScoreAgainstTheLargestPiece) {
  const LabelledDocument t =
      packet_truth("p.pdf", {{1, 3, "bank_statement", Json{{"bank_name", "First Bank"}}}, {4, 4, "w2"}});
  const std::vector<Envelope> envelopes = {
      in_packet(envelope("bank_statement", DocumentStatus::kNeedsReview, {}, 4), 1, 3, 1, 1, 4),
      in_packet(envelope("bank_statement", DocumentStatus::kNeedsReview, {{"bank_name", field("First Bank", 0.9)}}, 4),
                2, 3, 2, 3, 4),
      in_packet(envelope("w2", DocumentStatus::kAccepted, {}, 4), 3, 3, 4, 4, 4)};
  const FileScore file = score_file(t, envelopes, builtin_schemas());
  EXPECT_EQ(file.documents[0].envelope, 1u);
  EXPECT_EQ(file.documents[0].score.part->match, PartMatch::kOverlap);
  EXPECT_TRUE(file.documents[0].score.fields[0].correct);
  EXPECT_EQ(file.documents[1].score.part->match, PartMatch::kExact);
  const auto& produced = file.packet->produced;
  EXPECT_FALSE(produced[0].exact);
  EXPECT_FALSE(produced[1].exact);
  EXPECT_TRUE(produced[2].exact);
  EXPECT_EQ(file.packet->produced_text(), "1 bank_statement, 2-3 bank_statement, 4 w2");
}

TEST(FileScoreTest, ASingleEnvelopeWithoutPacketCoversEveryPage) {
  const LabelledDocument t =
      packet_truth("p.pdf", {{1, 1, "w2", Json{{"tax_year", "2025"}}}, {2, 2, "unknown"}, {3, 3, "unknown"}});
  const FileScore file = score_file(
      t, {envelope("w2", DocumentStatus::kAccepted, {{"tax_year", field("2025", 0.99)}}, 3)}, builtin_schemas());
  ASSERT_EQ(file.documents.size(), 3u);
  for (const ScoredDocument& doc : file.documents) {
    EXPECT_EQ(doc.envelope, 0u);
    EXPECT_EQ(doc.score.part->match, PartMatch::kOverlap);
    EXPECT_EQ(doc.score.part->scored_pages, (PageRange{1, 3}));
  }
  EXPECT_TRUE(file.documents[0].score.fields[0].accepted);
  EXPECT_TRUE(file.documents[1].score.part->supported_with_accepted_value);  // an out-of-scope page went out as a W-2
  EXPECT_EQ(file.packet->produced_text(), "1-3 w2");
  EXPECT_EQ(file.packet->pages, 3);

  // A one-document packet truth and an envelope without packet: an exact match.
  const FileScore one = score_file(packet_truth("p.pdf", {{1, 3, "w2"}}),
                                   {envelope("w2", DocumentStatus::kAccepted, {}, 3)}, builtin_schemas());
  EXPECT_EQ(one.documents[0].score.part->match, PartMatch::kExact);
  EXPECT_TRUE(one.packet->boundaries_right());
}

TEST(FileScoreTest, OutOfScopePagesAcceptedUnderASupportedType) {
  const LabelledDocument t = packet_truth("p.pdf", {{1, 2, "unknown"}, {3, 3, "w2", Json{{"tax_year", "2025"}}}});
  auto part_of = [&](std::vector<Envelope> envelopes, size_t i) {
    return *score_file(t, envelopes, builtin_schemas()).documents[i].score.part;
  };
  const Envelope w2_accepted = envelope("w2", DocumentStatus::kNeedsReview, {{"tax_year", field("2025", 0.99)}}, 3);
  const Envelope w2_reviewed =
      envelope("w2", DocumentStatus::kNeedsReview, {{"tax_year", field("2025", 0.4, {"low_confidence"})}}, 3);
  const Envelope unknown = envelope("unknown", DocumentStatus::kNeedsReview, {}, 3);

  // Typed unknown: fine.
  PartRef part = part_of({in_packet(unknown, 1, 2, 1, 2, 3), in_packet(w2_accepted, 2, 2, 3, 3, 3)}, 0);
  EXPECT_FALSE(part.read_as_supported);
  EXPECT_FALSE(part.supported_with_accepted_value);
  // Typed W-2 but every value goes to review: given a type, nothing accepted.
  part = part_of({in_packet(w2_reviewed, 1, 2, 1, 2, 3), in_packet(w2_accepted, 2, 2, 3, 3, 3)}, 0);
  EXPECT_TRUE(part.read_as_supported);
  EXPECT_FALSE(part.supported_with_accepted_value);
  // Typed W-2 with a value that needs no review: counted.
  part = part_of({in_packet(w2_accepted, 1, 2, 1, 2, 3), in_packet(w2_accepted, 2, 2, 3, 3, 3)}, 0);
  EXPECT_TRUE(part.supported_with_accepted_value);
  // Over-split: page 1 unknown, page 2 an accepted W-2. It is scored against
  // page 1's document (tie, earliest), yet page 2 went out accepted: counted.
  part = part_of(
      {in_packet(unknown, 1, 3, 1, 1, 3), in_packet(w2_accepted, 2, 3, 2, 2, 3), in_packet(w2_accepted, 3, 3, 3, 3, 3)},
      0);
  EXPECT_EQ(part.scored_pages, (PageRange{1, 1}));
  EXPECT_TRUE(part.supported_with_accepted_value);
  // A null value is no accepted value, and a rejected document has no type.
  const Envelope w2_null = envelope("w2", DocumentStatus::kNeedsReview, {{"tax_year", field(nullptr, 0.0)}}, 3);
  part = part_of({in_packet(w2_null, 1, 2, 1, 2, 3), in_packet(w2_accepted, 2, 2, 3, 3, 3)}, 0);
  EXPECT_TRUE(part.read_as_supported);
  EXPECT_FALSE(part.supported_with_accepted_value);
  Envelope rejected = envelope("w2", DocumentStatus::kRejected, {{"tax_year", field("2025", 0.99)}}, 3);
  part = part_of({in_packet(rejected, 1, 2, 1, 2, 3), in_packet(w2_accepted, 2, 2, 3, 3, 3)}, 0);
  EXPECT_FALSE(part.read_as_supported);

  // The supported W-2 on page 3 typed unknown.
  part = part_of({in_packet(w2_accepted, 1, 2, 1, 2, 3), in_packet(unknown, 2, 2, 3, 3, 3)}, 1);
  EXPECT_FALSE(part.read_as_supported);
}

TEST(FileScoreTest, APartOnNoProducedPageIsScoredAsRejected) {
  const LabelledDocument t = packet_truth("p.pdf", {{1, 1, "w2"}, {2, 2, "pay_stub", Json{{"net_pay", "1.00"}}}});
  const FileScore file =
      score_file(t, {in_packet(envelope("w2", DocumentStatus::kAccepted, {}, 2), 1, 1, 1, 1, 2)}, builtin_schemas());
  const ScoredDocument& stub = file.documents[1];
  EXPECT_FALSE(stub.envelope);
  EXPECT_EQ(stub.score.part->match, PartMatch::kNone);
  EXPECT_FALSE(stub.score.part->scored_pages);
  EXPECT_TRUE(stub.score.rejected());
  EXPECT_EQ(stub.score.error_codes, std::vector<std::string>{"not_found"});
  EXPECT_TRUE(stub.score.fields[0].predicted_null);
  EXPECT_FALSE(stub.score.part->read_as_supported);
  EXPECT_EQ(file.calibration_documents().size(), 1u);
}

TEST(FileScoreTest, CalibrationTakesExactTypedUsableDocumentsOnly) {
  const LabelledDocument t = packet_truth("p.pdf", {{1, 1, "w2"}, {2, 2, "pay_stub"}, {3, 3, "w2"}, {4, 5, "w2"}});
  Envelope rejected = envelope("w2", DocumentStatus::kRejected, {}, 6);
  const FileScore file = score_file(
      t,
      {in_packet(envelope("w2", DocumentStatus::kAccepted, {}, 6), 1, 5, 1, 1, 6),
       in_packet(envelope("w2", DocumentStatus::kAccepted, {}, 6), 2, 5, 2, 2, 6), in_packet(rejected, 3, 5, 3, 3, 6),
       in_packet(envelope("w2", DocumentStatus::kAccepted, {}, 6), 4, 5, 4, 4, 6),
       in_packet(envelope("w2", DocumentStatus::kAccepted, {}, 6), 5, 5, 5, 6, 6)},
      builtin_schemas());
  const auto docs = file.calibration_documents();
  ASSERT_EQ(docs.size(), 1u);  // page 2 typed wrong, page 3 rejected, pages 4-5 not found exactly
  EXPECT_EQ(docs[0]->score.part->index, 1);
  EXPECT_EQ(docs[0]->envelope, 0u);
}

}  // namespace
}  // namespace kycx::eval
