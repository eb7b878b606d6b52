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

}  // namespace
}  // namespace kycx::eval
