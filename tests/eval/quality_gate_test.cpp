#include "eval/quality_gate.hpp"

#include <gtest/gtest.h>

#include "tests/eval/eval_fixture.hpp"
#include "tests/support/test_files.hpp"

namespace kycx::eval {
namespace {

Thresholds parse(const Json& json) {
  auto t = parse_thresholds(json);
  EXPECT_TRUE(t) << t.error().message;
  return t.value_or(Thresholds{});
}

TEST(QualityGateTest, EqualToTheFloorPasses) {
  const EvalReport r = testing::known_report();  // field accuracy 2/8, pay_stub accuracy 2/5
  const auto regressions =
      check_gate(r, parse(Json{{"version", 1},
                               {"floors", {{"field_accuracy", 0.25}, {"pay_stub.field_accuracy", 0.4}}},
                               {"ceilings", {{"silent_error_rate", 0.5}}}}));
  ASSERT_TRUE(regressions);
  EXPECT_TRUE(regressions->empty());
}

TEST(QualityGateTest, BelowAFloorOrAboveACeilingFails) {
  const EvalReport r = testing::known_report();
  const auto regressions = check_gate(
      r, parse(Json{{"floors",
                     {{"field_accuracy", 0.2501}, {"document_type_accuracy", 0.3}, {"pay_stub.field_accuracy", 0.41}}},
                    {"ceilings", {{"silent_error_rate", 0.3}}}}));
  ASSERT_TRUE(regressions);
  ASSERT_EQ(regressions->size(), 3u);
  EXPECT_EQ((*regressions)[0].metric, "field_accuracy");
  EXPECT_EQ((*regressions)[0].message(), "field_accuracy 0.2500 is below its floor 0.2501");
  EXPECT_EQ((*regressions)[1].metric, "pay_stub.field_accuracy");
  EXPECT_TRUE((*regressions)[2].ceiling);
  EXPECT_EQ((*regressions)[2].message(), "silent_error_rate 0.3333 is above its ceiling 0.3000");
}

TEST(QualityGateTest, UnknownNamesAreErrorsNotPasses) {
  EXPECT_FALSE(parse_thresholds(Json{{"floors", {{"field_acuracy", 0.1}}}}));
  EXPECT_FALSE(parse_thresholds(Json{{"floors", {{"field_accuracy", "high"}}}}));
  EXPECT_FALSE(parse_thresholds(Json{{"floors", {{"passport.pages_per_second", 1}}}}));
  EXPECT_FALSE(parse_thresholds(Json::array()));
  const auto unknown_type =
      check_gate(testing::known_report(), parse(Json{{"floors", {{"boat.field_accuracy", 0.1}}}}));
  EXPECT_FALSE(unknown_type);
}

TEST(QualityGateTest, EveryNamedMetricResolves) {
  const EvalReport with_packets = testing::known_packet_report();
  for (const std::string& name : metric_names()) EXPECT_TRUE(metric_value(with_packets, name)) << name;
  const EvalReport r = testing::known_report();
  EXPECT_DOUBLE_EQ(metric_value(r, "document_type_accuracy").value(), 1.0 / 3);
  EXPECT_DOUBLE_EQ(metric_value(r, "pay_stub.straight_through_rate").value(), 3.0 / 5);
  EXPECT_DOUBLE_EQ(metric_value(r, "passport.document_type_accuracy").value(), 0.0);
}

TEST(QualityGateTest, PacketMetricsNeedPackets) {
  const auto none = metric_value(testing::known_report(), "out_of_scope_accepted_rate");
  ASSERT_FALSE(none);
  EXPECT_NE(none.error().message.find("no packet"), std::string::npos);
  EXPECT_FALSE(parse_thresholds(Json{{"ceilings", {{"w2.out_of_scope_accepted_rate", 0}}}}));  // not per type

  const EvalReport r = testing::known_packet_report();
  EXPECT_DOUBLE_EQ(metric_value(r, "packet_boundary_recall").value(), 0.25);
  const auto regressions = check_gate(
      r, parse(Json{{"floors", {{"packet_boundary_precision", 0.25}}},
                    {"ceilings", {{"out_of_scope_accepted_rate", 0}, {"supported_typed_unknown_rate", 0}}}}));
  ASSERT_TRUE(regressions);
  ASSERT_EQ(regressions->size(), 1u);  // the page of a 1099 went out inside an accepted statement
  EXPECT_EQ((*regressions)[0].message(), "out_of_scope_accepted_rate 1.0000 is above its ceiling 0.0000");
}

TEST(QualityGateTest, LoadsTheVersionedFile) {
  kycx::testing::TempDir dir;
  const auto path = dir.write("t.json", R"({"version": "3", "note": "raise only",
    "floors": {"field_accuracy": 0.1}, "ceilings": {"silent_error_rate": 0.2}})");
  auto t = load_thresholds(path);
  ASSERT_TRUE(t) << t.error().message;
  EXPECT_EQ(t->version, "3");
  EXPECT_EQ(t->floors.at("field_accuracy"), 0.1);
  EXPECT_EQ(t->ceilings.at("silent_error_rate"), 0.2);
  EXPECT_FALSE(load_thresholds(dir.path() / "missing.json"));
  EXPECT_FALSE(load_thresholds(dir.write("bad.json", "{")));
}

TEST(QualityGateTest, CommittedThresholdsFileParses) {
  // Tests run from the repository root.
  auto t = load_thresholds("tests/quality/thresholds.json");
  ASSERT_TRUE(t) << t.error().message;
  EXPECT_FALSE(t->version.empty());
  EXPECT_TRUE(t->floors.count("field_accuracy"));
  EXPECT_TRUE(t->floors.count("document_type_accuracy"));
  EXPECT_TRUE(t->ceilings.count("silent_error_rate"));
}

}  // namespace
}  // namespace kycx::eval
