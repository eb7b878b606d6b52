#include "eval/json_report.hpp"

#include <gtest/gtest.h>

#include "tests/eval/eval_fixture.hpp"
#include "tests/eval/report_privacy.hpp"

namespace kycx::eval {
namespace {

void expect_rates(const Json& counts) {
  for (const char* key : {"scored", "correct", "truth_non_null", "correct_truth_non_null", "predicted_non_null",
                          "correct_predicted_non_null", "accepted", "accepted_wrong"}) {
    EXPECT_TRUE(counts.at(key).is_number_integer()) << key;
  }
  for (const char* key : {"accuracy", "precision", "recall", "straight_through_rate", "silent_error_rate"}) {
    EXPECT_TRUE(counts.at(key).is_number() || counts.at(key).is_null()) << key;
  }
}

TEST(JsonReportTest, HasTheDocumentedShape) {
  const Json j = render_json(testing::known_report());
  std::vector<std::string> keys;
  for (const auto& [k, v] : j.items()) keys.push_back(k);
  EXPECT_EQ(keys, (std::vector<std::string>{"eval_version", "dataset", "documents", "fields", "transaction_rows",
                                            "throughput", "calibration", "tradeoff", "types", "confusion", "results"}));
  EXPECT_EQ(j["eval_version"], "1");
  EXPECT_EQ(j["documents"]["total"], 3);
  EXPECT_EQ(j["documents"]["rejected"], 1);
  EXPECT_DOUBLE_EQ(j["documents"]["document_type_accuracy"].get<double>(), 1.0 / 3);
  EXPECT_DOUBLE_EQ(j["documents"]["straight_through_rate"].get<double>(), 0.0);
  expect_rates(j["fields"]);
  EXPECT_DOUBLE_EQ(j["fields"]["silent_error_rate"].get<double>(), 1.0 / 3);
  EXPECT_EQ(j["throughput"]["pages"], 3);
  EXPECT_DOUBLE_EQ(j["throughput"]["pages_per_second"].get<double>(), 2.0);
  EXPECT_DOUBLE_EQ(j["throughput"]["latency_ms"]["p95"].get<double>(), 300);
  ASSERT_EQ(j["calibration"]["bins"].size(), 10u);
  EXPECT_TRUE(j["calibration"]["bins"][0]["accuracy"].is_null());  // empty bin
  EXPECT_EQ(j["calibration"]["bins"][9]["count"], 3);
  ASSERT_EQ(j["tradeoff"].size(), 50u);
  EXPECT_TRUE(j["tradeoff"][49]["silent_error_rate"].is_null());  // nothing accepted at 0.99
  ASSERT_EQ(j["types"].size(), 3u);
  expect_rates(j["types"][1]["fields"]);
  EXPECT_EQ(j["types"][1]["per_field"].size(), 5u);
  expect_rates(j["types"][1]["per_field"][0]["counts"]);
  EXPECT_EQ(j["confusion"].size(), 2u);
  EXPECT_EQ(j["transaction_rows"]["truth"], 0);
  EXPECT_TRUE(j["transaction_rows"]["recall"].is_null());
}

TEST(JsonReportTest, ResultsCarryCorrectnessAndConfidenceButNoValues) {
  const Json j = render_json(testing::known_report());
  ASSERT_EQ(j["results"].size(), 3u);
  const Json& stub = j["results"][1];
  EXPECT_EQ(stub["file"], "pay/stub.pdf");
  EXPECT_EQ(stub["status"], "needs_review");
  const Json& net = stub["fields"][2];
  EXPECT_EQ(net["field"], "net_pay");
  EXPECT_EQ(net["correct"], false);
  EXPECT_EQ(net["accepted"], true);
  EXPECT_DOUBLE_EQ(net["confidence"].get<double>(), 0.92);
  EXPECT_TRUE(stub["fields"][4]["confidence"].is_null());  // no value, no confidence
  EXPECT_EQ(stub["fields"][4]["review_reasons"], Json::array({"missing"}));
  EXPECT_EQ(j["results"][0]["errors"], Json::array({"corrupt_file"}));
  for (const auto& field : stub["fields"]) EXPECT_FALSE(field.contains("value"));
  testing::expect_no_values(j.dump());
}

TEST(JsonReportTest, PacketsOnlyWithPackets) {
  const Json plain = render_json(testing::known_report());
  EXPECT_FALSE(plain.contains("packets"));
  for (const auto& doc : plain["results"]) EXPECT_FALSE(doc.contains("part"));

  const Json j = render_json(testing::known_packet_report());
  std::vector<std::string> keys;
  for (const auto& [k, v] : j.items()) keys.push_back(k);
  EXPECT_EQ(keys, (std::vector<std::string>{"eval_version", "dataset", "documents", "fields", "transaction_rows",
                                            "throughput", "calibration", "tradeoff", "types", "confusion", "packets",
                                            "results"}));
  const Json& p = j["packets"];
  EXPECT_EQ(p["packets"], 1);
  EXPECT_EQ(p["truth_documents"], 4);
  EXPECT_EQ(p["produced_documents"], 4);
  EXPECT_EQ(p["boundary_precision"], (Json{{"count", 1}, {"of", 4}, {"rate", 0.25}}));
  EXPECT_EQ(p["boundary_recall"]["count"], 1);
  EXPECT_EQ(p["out_of_scope_accepted"], (Json{{"count", 1}, {"of", 1}, {"rate", 1.0}}));
  EXPECT_EQ(p["supported_typed_unknown"]["rate"], 0.0);
  ASSERT_EQ(p["files"].size(), 1u);
  EXPECT_EQ(p["files"][0]["file"], "loan/packet.pdf");
  EXPECT_EQ(p["files"][0]["boundaries_right"], false);
  EXPECT_EQ(p["files"][0]["produced"][3], (Json{{"first_page", 4},
                                                {"last_page", 5},
                                                {"document_type", "bank_statement"},
                                                {"status", "needs_review"},
                                                {"exact", false},
                                                {"labelled", true}}));
  // Each document of the packet is a result of its own, with where it sits.
  const Json& stub = j["results"][2];  // after id/passport.jpg and the packet's W-2
  EXPECT_EQ(stub["file"], "loan/packet.pdf");
  EXPECT_EQ(stub["truth_type"], "pay_stub");
  EXPECT_EQ(stub["pages"], 2);
  EXPECT_EQ(stub["part"]["index"], 2);
  EXPECT_EQ(stub["part"]["match"], "overlap");
  EXPECT_EQ(stub["part"]["scored_against"], (Json{{"first_page", 2}, {"last_page", 2}}));
  testing::expect_no_values(j.dump());
}

}  // namespace
}  // namespace kycx::eval
