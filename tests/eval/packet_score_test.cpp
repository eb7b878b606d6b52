#include "eval/packet_score.hpp"

#include <gtest/gtest.h>

#include "eval/eval_report.hpp"
#include "tests/eval/eval_fixture.hpp"

namespace kycx::eval {
namespace {

// The fixture's packet, by hand: truth 1 w2, 2-3 pay_stub, 4 unknown, 5
// bank_statement; produced 1 w2 (accepted), 2 pay_stub, 3 unknown, 4-5
// bank_statement. Only the W-2 is found exactly; the stub is scored against
// page 2's document (tie with page 3's, the earlier wins), the unknown page and
// the statement against 4-5.
TEST(PacketScoreTest, SummaryOfTheKnownPacket) {
  const EvalReport r = testing::known_packet_report();
  ASSERT_TRUE(r.packets);
  const PacketSummary& p = *r.packets;
  EXPECT_EQ(p.packets, 1);
  EXPECT_EQ(p.truth_documents, 4);
  EXPECT_EQ(p.produced_documents, 4);
  EXPECT_EQ(p.produced_unlabelled, 0);
  EXPECT_EQ(p.produced_exact, 1);
  EXPECT_EQ(p.truth_exact, 1);
  EXPECT_EQ(p.truth_overlap, 3);
  EXPECT_EQ(p.truth_missing, 0);
  EXPECT_DOUBLE_EQ(p.boundary_precision().value(), 1.0 / 4);
  EXPECT_DOUBLE_EQ(p.boundary_recall().value(), 1.0 / 4);
  EXPECT_EQ(p.exact_type_accuracy().num, 1);
  EXPECT_EQ(p.exact_type_accuracy().den, 1);
  EXPECT_EQ(p.straight_through_rate().num, 1);  // the W-2, accepted
  EXPECT_EQ(p.straight_through_rate().den, 4);
  EXPECT_EQ(p.out_of_scope, 1);
  EXPECT_EQ(p.out_of_scope_accepted, 1);  // page 4 went out inside an accepted-value statement
  EXPECT_EQ(p.supported, 3);
  EXPECT_EQ(p.supported_typed_unknown, 0);
  ASSERT_EQ(p.files.size(), 1u);
  EXPECT_FALSE(p.files[0].boundaries_right());
}

TEST(PacketScoreTest, PartsCountAsDocumentsInTheReport) {
  const EvalReport r = testing::known_packet_report();
  const EvalReport before = testing::known_report();
  EXPECT_EQ(r.documents, before.documents + 4);
  EXPECT_EQ(r.type_correct, before.type_correct + 3);  // the unknown page was typed bank_statement
  // w2: 2 right, accepted; stub: net pay wrong but accepted, frequency right
  // under low_confidence; statement: bank name right, accepted.
  EXPECT_EQ(r.overall.scored, before.overall.scored + 5);
  EXPECT_EQ(r.overall.correct, before.overall.correct + 4);
  EXPECT_EQ(r.overall.accepted, before.overall.accepted + 4);
  EXPECT_EQ(r.overall.accepted_wrong, before.overall.accepted_wrong + 1);
  EXPECT_EQ(r.accepted_documents, 1);
  // Pages: the file's 5 once, not once per document; latency per produced document.
  EXPECT_EQ(r.pages, before.pages + 5);
  EXPECT_DOUBLE_EQ(r.latency_p50_ms, 400);  // of 100, 200, 300 and 400, 500, 600, 700
  EXPECT_DOUBLE_EQ(r.latency_p95_ms, 700);
  bool confused = false;
  for (const Confusion& c : r.confusion)
    confused = confused || (c.truth_type == "unknown" && c.predicted_type == "bank_statement");
  EXPECT_TRUE(confused);
  // A packet's documents stay in page order after the sort by file.
  std::vector<int> indexes;
  for (const DocumentScore& d : r.scores) {
    if (d.part) indexes.push_back(d.part->index);
  }
  EXPECT_EQ(indexes, (std::vector<int>{1, 2, 3, 4}));
  EXPECT_EQ(r.tradeoff[0].scored, r.overall.scored);
}

TEST(PacketScoreTest, StraightThroughNeedsAnExactMatchWithStatusAccepted) {
  using testing::envelope;
  using testing::in_packet;
  const LabelledDocument truth = testing::packet_truth("p.pdf", {{1, 1, "w2"}, {2, 2, "w2"}, {3, 4, "w2"}});
  const std::vector<Envelope> produced = {
      in_packet(envelope("w2", DocumentStatus::kAccepted, {}, 4), 1, 4, 1, 1, 4),
      in_packet(envelope("w2", DocumentStatus::kNeedsReview, {}, 4), 2, 4, 2, 2, 4),
      in_packet(envelope("w2", DocumentStatus::kAccepted, {}, 4), 3, 4, 3, 3, 4),  // half of pages 3-4
      in_packet(envelope("w2", DocumentStatus::kAccepted, {}, 4), 4, 4, 4, 4, 4)};
  FileScore file = score_file(truth, produced, schemas::SchemaRegistry::builtin());
  std::vector<DocumentScore> scores;
  for (ScoredDocument& doc : file.documents) scores.push_back(std::move(doc.score));
  const PacketSummary p = summarize_packets(scores, {*file.packet});
  EXPECT_EQ(p.straight_through_rate().num, 1);
  EXPECT_EQ(p.straight_through_rate().den, 3);
  EXPECT_EQ(p.exact_type_accuracy().den, 2);
  EXPECT_EQ(p.boundary_precision().num, 2);
  EXPECT_EQ(p.boundary_precision().den, 4);
}

TEST(PacketScoreTest, NoPacketsNoSummary) {
  EXPECT_FALSE(testing::known_report().packets);
  EXPECT_FALSE(evaluate("empty", {}, {}).packets);
}

TEST(PacketScoreTest, UnlabelledProducedDocumentsLeaveBoundaryPrecisionAlone) {
  PacketScore file;
  file.relative_path = "p.pdf";
  file.truth = {{{1, 1}, "w2"}, {{3, 3}, "w2"}};
  auto produced = [](PageRange pages, const char* type, bool exact, bool labelled) {
    ProducedDocument doc;
    doc.pages = pages;
    doc.document_type = type;
    doc.exact = exact;
    doc.labelled = labelled;
    return doc;
  };
  file.produced = {produced({1, 1}, "w2", true, true), produced({2, 2}, "unknown", false, false),
                   produced({3, 3}, "w2", true, true)};
  const PacketSummary p = summarize_packets({}, {file});
  EXPECT_EQ(p.produced_documents, 3);
  EXPECT_EQ(p.produced_unlabelled, 1);
  EXPECT_EQ(p.boundary_precision().num, 2);
  EXPECT_EQ(p.boundary_precision().den, 2);
  EXPECT_FALSE(file.boundaries_right());  // a document on unlabelled pages is still a difference to show
}

}  // namespace
}  // namespace kycx::eval
