#include "eval/text_report.hpp"

#include <sstream>

#include <gtest/gtest.h>

#include "tests/eval/eval_fixture.hpp"
#include "tests/eval/report_privacy.hpp"

namespace kycx::eval {
namespace {

std::string line_with(const std::string& text, const std::string& needle) {
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.find(needle) != std::string::npos) return line;
  }
  return "";
}

TEST(TextReportTest, ShowsEveryMetricWithItsCounts) {
  const std::string text = render_text(testing::known_report());
  EXPECT_NE(line_with(text, "field accuracy").find("25.0%"), std::string::npos) << text;
  EXPECT_NE(line_with(text, "field accuracy").find("2/8"), std::string::npos);
  EXPECT_NE(line_with(text, "silent error rate").find("1/3"), std::string::npos);
  EXPECT_NE(line_with(text, "straight-through rate (fields)").find("3/8"), std::string::npos);
  EXPECT_NE(line_with(text, "straight-through rate (documents)").find("0/3"), std::string::npos);
  EXPECT_NE(line_with(text, "document type accuracy").find("1/3"), std::string::npos);
  EXPECT_NE(line_with(text, "expected calibration error").find("0.335"), std::string::npos);
  EXPECT_NE(line_with(text, "pages per second").find("2.00"), std::string::npos);
  EXPECT_NE(line_with(text, "latency per document p95").find("300 ms"), std::string::npos);
  for (const char* heading : {"Per document type", "Per field", "Calibration", "Trade-off", "Document type confusion",
                              "Documents with a wrong type or rejected"}) {
    EXPECT_NE(text.find(heading), std::string::npos) << heading;
  }
  EXPECT_NE(line_with(text, "id/passport.jpg").find("corrupt_file"), std::string::npos);
  testing::expect_no_values(text);
}

TEST(TextReportTest, PacketsSectionOnlyWithPackets) {
  const std::string plain = render_text(testing::known_report());
  EXPECT_EQ(plain.find("Packets"), std::string::npos);
  EXPECT_EQ(plain.find("boundary"), std::string::npos);

  const std::string text = render_text(testing::known_packet_report());
  EXPECT_NE(text.find("Packets: 1 files, 4 true documents, 4 produced"), std::string::npos) << text;
  EXPECT_NE(line_with(text, "boundary precision").find("1/4"), std::string::npos);
  EXPECT_NE(line_with(text, "boundary recall").find("25.0%"), std::string::npos);
  EXPECT_NE(line_with(text, "type accuracy (documents found exactly)").find("1/1"), std::string::npos);
  EXPECT_NE(line_with(text, "out-of-scope accepted").find("1/1"), std::string::npos);
  EXPECT_NE(line_with(text, "supported typed unknown").find("0/3"), std::string::npos);
  EXPECT_NE(line_with(text, "against an overlap").find("3"), std::string::npos);
  const std::string split = line_with(text, "loan/packet.pdf  ");
  EXPECT_NE(split.find("1 w2, 2-3 pay_stub, 4 unknown, 5 bank_statement"), std::string::npos) << text;
  EXPECT_NE(split.find("1 w2, 2 pay_stub, 3 unknown, 4-5 bank_statement"), std::string::npos) << text;
  // The unknown page typed bank_statement is a problem document, named with its pages.
  EXPECT_NE(line_with(text, "loan/packet.pdf [page 4]").find("bank_statement"), std::string::npos) << text;
  testing::expect_no_values(text);
  // The section sits between the summary and the per-type table.
  EXPECT_LT(text.find("expected calibration error"), text.find("Packets:"));
  EXPECT_LT(text.find("Packets:"), text.find("Per document type"));
}

TEST(TextReportTest, ColumnsAreAligned) {
  const std::string text = render_text(testing::known_report());
  // Every row of the per-field table ends its last column at the same place.
  std::istringstream in(text.substr(text.find("Per field")));
  std::string line;
  std::getline(in, line);
  size_t width = 0;
  while (std::getline(in, line) && !line.empty()) {
    if (width == 0) width = line.size();
    EXPECT_EQ(line.size(), width) << line;
  }
  EXPECT_GT(width, 0u);
}

}  // namespace
}  // namespace kycx::eval
