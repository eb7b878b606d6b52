// `kycx eval` as CI runs it: exit statuses, --json, --report and --gate on a
// one-document dataset (a text-layer PDF, quick to read).
#include <gtest/gtest.h>

#include "core/json.hpp"
#include "tests/support/bad_files.hpp"
#include "tests/support/test_files.hpp"

namespace kycx::eval {
namespace {

namespace fs = std::filesystem;
using kycx::testing::run_command;

class EvalCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(kycx::testing::kycx_binary())) GTEST_SKIP() << "kycx binary not built";
    dir_.write("data/doc.pdf", kycx::testing::small_text_pdf());
    dir_.write("data/doc.truth.json",
               R"({"document_type": "w2", "fields": {"employer_name": "Quixotic Widgets", "wages": "1.00"}})");
    dir_.write("data/README.md", "not a document");
  }
  std::string kycx(const std::string& args) const {
    return kycx::testing::kycx_binary().string() + " eval " + args + " --workers 1 --quiet";
  }
  kycx::testing::TempDir dir_;
};

TEST_F(EvalCommandTest, UsageErrorsExitTwo) {
  EXPECT_EQ(run_command(kycx("/nonexistent/dataset 2>/dev/null")), 2);
  dir_.write("unlabelled/x.pdf", kycx::testing::small_text_pdf());
  EXPECT_EQ(run_command(kycx((dir_.path() / "unlabelled").string() + " 2>/dev/null")), 2);
  const auto gate = dir_.write("gate.json", R"({"floors": {"no_such_metric": 1}})");
  EXPECT_EQ(run_command(kycx((dir_.path() / "data").string() + " --gate " + gate.string() + " 2>/dev/null")), 2);
}

TEST_F(EvalCommandTest, JsonReportAndPassingGate) {
  const auto gate = dir_.write("gate.json", R"({"version": 1, "floors": {"field_accuracy": 0},
                                                "ceilings": {"silent_error_rate": 1}})");
  const auto report = dir_.path() / "out" / "report.html";
  std::string out;
  const int status = run_command(kycx((dir_.path() / "data").string() + " --json --report " + report.string() +
                                      " --gate " + gate.string() + " 2>/dev/null"),
                                 &out);
  EXPECT_EQ(status, 0) << out;
  const Json j = Json::parse(out);
  EXPECT_EQ(j["documents"]["total"], 1);
  EXPECT_EQ(j["fields"]["scored"], 2);
  EXPECT_EQ(j["results"][0]["file"], "doc.pdf");
  EXPECT_GE(j["throughput"]["pages"].get<int>(), 1);
  ASSERT_TRUE(fs::exists(report));
  EXPECT_NE(kycx::testing::read_bytes(report).find("<svg"), std::string::npos);
}

TEST_F(EvalCommandTest, FailingGateExitsFourWithOneLinePerRegression) {
  const auto gate = dir_.write("gate.json", R"({"floors": {"field_accuracy": 1.0, "document_type_accuracy": 1.0}})");
  const auto err_file = dir_.path() / "stderr.txt";
  EXPECT_EQ(run_command(kycx((dir_.path() / "data").string() + " --gate " + gate.string() + " >/dev/null 2>" +
                             err_file.string())),
            4);
  const std::string err = kycx::testing::read_bytes(err_file);
  EXPECT_NE(err.find("quality gate: field_accuracy "), std::string::npos) << err;
  EXPECT_NE(err.find(" is below its floor 1.0000\n"), std::string::npos) << err;
  EXPECT_NE(err.find("quality gate: document_type_accuracy"), std::string::npos) << err;
}

TEST_F(EvalCommandTest, PacketTruthGetsAPacketsSection) {
  // One page cannot be split, so this holds whatever the splitter does: the
  // file's one document covers the packet's one part exactly.
  dir_.write("packets/one.pdf", kycx::testing::small_text_pdf());
  dir_.write("packets/one.truth.json", R"({"packet": [{"first_page": 1, "last_page": 1, "document_type": "w2",
                                          "fields": {"employer_name": "Quixotic Widgets"}}]})");
  std::string out;
  ASSERT_EQ(run_command(kycx((dir_.path() / "packets").string() + " --json 2>/dev/null"), &out), 0) << out;
  const Json j = Json::parse(out);
  EXPECT_EQ(j["documents"]["total"], 1);
  EXPECT_EQ(j["fields"]["scored"], 1);
  EXPECT_EQ(j["packets"]["packets"], 1);
  EXPECT_EQ(j["packets"]["boundary_recall"]["count"], 1);
  EXPECT_EQ(j["results"][0]["part"]["match"], "exact");
  std::string text;
  ASSERT_EQ(run_command(kycx((dir_.path() / "packets").string() + " 2>/dev/null"), &text), 0);
  EXPECT_NE(text.find("Packets: 1 files, 1 true documents"), std::string::npos) << text;
  EXPECT_EQ(text.find("Quixotic"), std::string::npos);

  std::string plain;  // the ordinary dataset has no packets section
  ASSERT_EQ(run_command(kycx((dir_.path() / "data").string() + " --json 2>/dev/null"), &plain), 0);
  EXPECT_FALSE(Json::parse(plain).contains("packets"));

  dir_.write("bad/x.pdf", kycx::testing::small_text_pdf());
  dir_.write("bad/x.truth.json", R"({"packet": [{"first_page": 2, "last_page": 1, "document_type": "w2"}]})");
  EXPECT_EQ(run_command(kycx((dir_.path() / "bad").string() + " 2>/dev/null")), 2);
}

TEST_F(EvalCommandTest, TextOutputByDefault) {
  std::string out;
  EXPECT_EQ(run_command(kycx((dir_.path() / "data").string() + " 2>/dev/null"), &out), 0);
  EXPECT_NE(out.find("field accuracy"), std::string::npos) << out;
  EXPECT_NE(out.find("Per field"), std::string::npos);
  EXPECT_EQ(out.find("QUIXOTIC"), std::string::npos);  // never a value, raw or normalised
  EXPECT_EQ(out.find("Quixotic"), std::string::npos);
}

}  // namespace
}  // namespace kycx::eval
