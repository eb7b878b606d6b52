#include "eval/document_score.hpp"

#include <gtest/gtest.h>

#include "tests/eval/eval_fixture.hpp"

namespace kycx::eval {
namespace {

using testing::envelope;
using testing::field;
using testing::truth;

const schemas::SchemaRegistry& registry() {
  return schemas::SchemaRegistry::builtin();
}

const FieldScore& find(const DocumentScore& doc, const std::string& name) {
  for (const FieldScore& f : doc.fields) {
    if (f.field == name) return f;
  }
  throw std::runtime_error("no score for " + name);
}

Json txn(const char* date, const char* description, const char* amount, Json balance = nullptr) {
  return Json{{"date", date}, {"description", description}, {"amount", amount}, {"balance", std::move(balance)}};
}

TEST(DocumentScoreTest, ScoresOnlyTruthFieldsAfterNormalisation) {
  const auto doc = score_document(
      truth("s.pdf", "pay_stub", Json{{"gross_pay", "1234.50"}, {"pay_date", "2026-01-15"}, {"employee_id", nullptr}}),
      envelope("pay_stub", DocumentStatus::kAccepted,
               {{"gross_pay", field("1234.5", 0.99)}, {"employer_name", field("X", 0.99)}}),
      registry());
  ASSERT_EQ(doc.fields.size(), 3u);  // employer_name is not in the truth: not scored
  EXPECT_TRUE(find(doc, "gross_pay").correct);
  EXPECT_TRUE(find(doc, "gross_pay").accepted);
  EXPECT_FALSE(find(doc, "pay_date").correct);  // absent from the envelope: predicted null
  EXPECT_TRUE(find(doc, "pay_date").predicted_null);
  EXPECT_TRUE(find(doc, "employee_id").correct);  // null == null
  EXPECT_TRUE(find(doc, "employee_id").truth_null);
  EXPECT_FALSE(find(doc, "employee_id").accepted);
}

TEST(DocumentScoreTest, AcceptanceNeedsUsableDocumentAndNoReview) {
  const Json t{{"surname", "ERIKSSON"}, {"given_names", "ANNA"}, {"sex", "F"}};
  const auto ok = score_document(truth("p.jpg", "passport", t),
                                 envelope("passport", DocumentStatus::kNeedsReview,
                                          {{"surname", field("ERIKSSON", 0.99)},
                                           {"given_names", field("ANNA", 0.6, {"low_confidence"})},
                                           {"sex", field("F", 0.99, {"check_failed:mrz.composite"})}}),
                                 registry());
  EXPECT_TRUE(find(ok, "surname").accepted);
  EXPECT_FALSE(find(ok, "given_names").accepted);
  EXPECT_TRUE(find(ok, "given_names").eligible);  // only low_confidence: a lower threshold would accept it
  EXPECT_TRUE(find(ok, "given_names").accepted_at(0.6));
  EXPECT_FALSE(find(ok, "given_names").accepted_at(0.61));
  EXPECT_FALSE(find(ok, "sex").eligible);
  EXPECT_TRUE(find(ok, "sex").other_review_reason);
  EXPECT_EQ(find(ok, "sex").review_reasons, std::vector<std::string>{"check_failed:mrz.composite"});

  const auto wrong_type = score_document(
      truth("p.jpg", "passport", t),
      envelope("id_card", DocumentStatus::kAccepted, {{"surname", field("ERIKSSON", 0.99)}}), registry());
  EXPECT_TRUE(find(wrong_type, "surname").correct);
  EXPECT_FALSE(find(wrong_type, "surname").accepted);
  EXPECT_FALSE(wrong_type.type_correct());

  Envelope rejected = envelope("passport", DocumentStatus::kRejected, {{"surname", field("ERIKSSON", 0.99)}});
  rejected.errors.push_back({"encrypted", "needs a password", "ingest"});
  const auto r = score_document(truth("p.jpg", "passport", t), rejected, registry());
  EXPECT_FALSE(find(r, "surname").accepted);
  EXPECT_EQ(r.error_codes, std::vector<std::string>{"encrypted"});
}

TEST(DocumentScoreTest, TransactionsScoredAsAListAndPerRow) {
  const Json t = Json::array({txn("2026-10-16", "CASH", "-300.00"), txn("2026-10-18", "CARD", "-56.96", "1.00"),
                              txn("2026-10-19", "SALARY", "1284.42", "2.00")});
  Json p = Json::array({txn("2026-10-16", "cash", "-300", nullptr), txn("2026-10-18", "CARD", "-56.96", "1.00"),
                        txn("2026-10-19", "SALARY", "1284.42", "2.00")});
  for (auto& item : p) {
    item["source"] = Json::array({Json{{"page", 1}, {"bbox", {0, 0, 1, 1}}, {"text", "row"}}});
    item["confidence"] = 0.9;
  }
  auto score = [&](const Json& predicted) {
    return find(score_document(
                    truth("b.pdf", "bank_statement", Json{{"transactions", t}}),
                    envelope("bank_statement", DocumentStatus::kNeedsReview, {{"transactions", field(predicted, 0.9)}}),
                    registry()),
                "transactions");
  };
  const FieldScore same = score(p);
  EXPECT_TRUE(same.correct);
  ASSERT_TRUE(same.rows);
  EXPECT_EQ(same.rows->matched_rows, 3);

  Json reordered = Json::array({p[1], p[0], p[2]});
  const FieldScore moved = score(reordered);
  EXPECT_FALSE(moved.correct);  // the list is ordered
  EXPECT_EQ(moved.rows->matched_rows, 3);

  Json changed = p;
  changed[2]["amount"] = "1284.43";
  changed.push_back(txn("2026-10-20", "EXTRA", "1.00"));
  const FieldScore off = score(changed);
  EXPECT_FALSE(off.correct);
  EXPECT_EQ(off.rows->truth_rows, 3);
  EXPECT_EQ(off.rows->predicted_rows, 4);
  EXPECT_EQ(off.rows->matched_rows, 2);
}

TEST(DocumentScoreTest, MrzLinesAreAnOrderedList) {
  const Json lines = Json::array({"IDROUWAGNER<<GIULIA<<<<<<<<<<<<<<<<<", "CJ691044<3ROU9110096F3108136<<<<<<<0"});
  auto score = [&](const Json& predicted) {
    return find(score_document(truth("i.tif", "id_card", Json{{"mrz_lines", lines}}),
                               envelope("id_card", DocumentStatus::kAccepted, {{"mrz_lines", field(predicted, 0.99)}}),
                               registry()),
                "mrz_lines");
  };
  EXPECT_TRUE(score(lines).correct);
  EXPECT_FALSE(score(Json::array({lines[1], lines[0]})).correct);
  EXPECT_FALSE(score(Json::array({lines[0]})).correct);
  EXPECT_FALSE(score(lines).rows.has_value());
}

TEST(DocumentScoreTest, CarriesPagesLatencyAndTypes) {
  const auto doc = score_document(truth("x/w.pdf", "w2", Json::object()),
                                  envelope("unknown", DocumentStatus::kNeedsReview, {}, 3, 1234), registry());
  EXPECT_EQ(doc.relative_path, "x/w.pdf");
  EXPECT_EQ(doc.pages, 3);
  EXPECT_EQ(doc.duration_ms, 1234);
  EXPECT_EQ(doc.truth_type, "w2");
  EXPECT_EQ(doc.predicted_type, "unknown");
  EXPECT_TRUE(doc.fields.empty());
}

}  // namespace
}  // namespace kycx::eval
