#include "core/envelope.hpp"

#include <gtest/gtest.h>

namespace kycx {
namespace {

Envelope sample_envelope() {
  Envelope e;
  e.document_id = std::string(64, 'a');
  e.source = {"passport.jpg", "app-17/passport.jpg", "image/jpeg", 183422, 1};
  e.pages.push_back(PageInfo{1, 2480, 3508, "px", 300, TextSource::kOcr, 90, 1.5});
  e.document_type = "passport";
  e.classification_confidence = 0.98;
  e.status = DocumentStatus::kNeedsReview;
  Field surname;
  surname.value = "ERIKSSON";
  surname.confidence = 0.99;
  surname.method = Method::kMrz;
  surname.source.push_back({1, {0.061, 0.842, 0.412, 0.861}, "ERIKSSON"});
  e.fields.set("surname", surname);
  Field missing;
  missing.review.add("missing");
  e.fields.set("date_of_issue", missing);
  e.checks.push_back({"mrz.check_digit.date_of_birth", CheckResult::kPass, {"date_of_birth"}, ""});
  e.review.add("missing");
  e.provenance = {"0.1.0", {"mrz"}, nullptr, "2026-11-22T17:42:55Z", 812, {{"ocr", 700.0}}};
  return e;
}

TEST(EnvelopeTest, JsonHasContractKeysInContractOrder) {
  const Json j = sample_envelope().to_json();
  std::vector<std::string> keys;
  for (const auto& [k, v] : j.items()) keys.push_back(k);
  const std::vector<std::string> expected = {
      "envelope_version", "document_id", "source", "pages",  "document_type", "classification_confidence",
      "status",           "fields",      "checks", "review", "provenance",    "errors"};
  EXPECT_EQ(keys, expected);
  EXPECT_EQ(j["envelope_version"], "1");
  EXPECT_EQ(j["fields"]["surname"]["method"], "mrz");
  EXPECT_EQ(j["fields"]["surname"]["source"][0]["bbox"][2], 0.412);
  EXPECT_TRUE(j["fields"]["date_of_issue"]["value"].is_null());
  EXPECT_EQ(j["fields"]["date_of_issue"]["review"]["reasons"][0], "missing");
  EXPECT_TRUE(j["provenance"]["llm"].is_null());
}

TEST(EnvelopeTest, RoundTripsThroughJson) {
  const Envelope e = sample_envelope();
  auto back = Envelope::from_json(e.to_json());
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(back->to_json().dump(), e.to_json().dump());
}

TEST(EnvelopeTest, DocumentOfAPacketSaysWhereItSitsAfterItsId) {
  Envelope e = sample_envelope();
  EXPECT_FALSE(e.to_json().contains("packet"));  // a file holding one document has none
  e.document_id = std::string(64, 'a') + ":2";
  e.packet = PacketRef{std::string(64, 'a'), 2, 8, 5, 6};
  const Json j = e.to_json();
  std::vector<std::string> keys;
  for (const auto& [k, v] : j.items()) keys.push_back(k);
  ASSERT_GE(keys.size(), 3U);
  EXPECT_EQ(keys[2], "packet");
  EXPECT_EQ(j["packet"]["index"], 2);
  EXPECT_EQ(j["packet"]["count"], 8);
  EXPECT_EQ(j["packet"]["first_page"], 5);
  EXPECT_EQ(j["packet"]["last_page"], 6);
  auto back = Envelope::from_json(j);
  ASSERT_TRUE(back) << back.error().message;
  ASSERT_TRUE(back->packet);
  EXPECT_EQ(back->packet->id, std::string(64, 'a'));
  EXPECT_EQ(back->to_json().dump(), j.dump());
}

TEST(EnvelopeTest, FromJsonRejectsMalformedInput) {
  Json j = sample_envelope().to_json();
  j["status"] = "maybe";
  EXPECT_FALSE(Envelope::from_json(j));
  j.erase("status");
  EXPECT_FALSE(Envelope::from_json(j));
}

TEST(EnvelopeTest, ANameThatIsNotUtf8IsShownAsTextAndKeptAsBytes) {
  Envelope e = sample_envelope();
  e.source.file_name = "M\xFCller.pdf";  // Latin-1, from a Windows zip
  e.source.relative_path = "app-17/M\xFCller.pdf";
  const Json j = e.to_json();
  EXPECT_EQ(j["source"]["file_name"], "M\xEF\xBF\xBDller.pdf");
  EXPECT_EQ(j["source"]["file_name_base64"], "TfxsbGVyLnBkZg==");
  EXPECT_TRUE(j["source"].contains("relative_path_base64"));
  const std::string text = dump_json(j);
  auto back = Envelope::from_json(Json::parse(text));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(back->source.file_name, e.source.file_name);
  EXPECT_EQ(back->source.relative_path, e.source.relative_path);
  EXPECT_FALSE(sample_envelope().to_json()["source"].contains("file_name_base64"));  // only when they differ
}

TEST(EnvelopeTest, RejectRecordsErrorCodeAndStage) {
  Envelope e;
  e.reject({ErrorCode::kEncrypted, "the PDF is password-protected"}, "ingest");
  EXPECT_EQ(e.status, DocumentStatus::kRejected);
  ASSERT_EQ(e.errors.size(), 1u);
  EXPECT_EQ(e.errors[0].code, "encrypted");
  EXPECT_EQ(e.to_json()["errors"][0]["stage"], "ingest");
}

TEST(FieldSetTest, KeepsInsertionOrderAndReplacesInPlace) {
  FieldSet fs;
  fs.set("b", Field{});
  fs.set("a", Field{});
  Field f;
  f.value = "x";
  fs.set("b", f);
  ASSERT_EQ(fs.size(), 2u);
  EXPECT_EQ(fs.begin()->first, "b");
  EXPECT_EQ(fs.find("b")->value, "x");
  EXPECT_EQ(fs.find("c"), nullptr);
}

TEST(ReviewStateTest, AddsEachReasonOnce) {
  ReviewState r;
  r.add("missing");
  r.add("missing");
  r.add("conflict");
  EXPECT_TRUE(r.required);
  EXPECT_EQ(r.reasons, (std::vector<std::string>{"missing", "conflict"}));
}

}  // namespace
}  // namespace kycx
