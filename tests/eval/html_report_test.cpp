#include "eval/html_report.hpp"

#include <set>
#include <vector>

#include <gtest/gtest.h>

#include "tests/eval/eval_fixture.hpp"
#include "tests/eval/report_privacy.hpp"

namespace kycx::eval {
namespace {

size_t count(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

// Every element closed in order (void elements and "/>" excepted), and no
// stray '<' in text: what a browser needs to build the tree we meant.
::testing::AssertionResult well_formed(const std::string& html) {
  const std::set<std::string> void_elements = {"meta", "br", "hr", "img", "link", "input", "col"};
  std::vector<std::string> open;
  size_t at = 0;
  while ((at = html.find('<', at)) != std::string::npos) {
    const size_t end = html.find('>', at);
    if (end == std::string::npos) return ::testing::AssertionFailure() << "unclosed tag at " << at;
    const std::string tag = html.substr(at + 1, end - at - 1);
    at = end + 1;
    if (tag.rfind("!DOCTYPE", 0) == 0) continue;
    if (tag.empty() || tag.find('<') != std::string::npos) return ::testing::AssertionFailure() << "bad tag " << tag;
    if (tag.back() == '/') continue;
    const bool closing = tag.front() == '/';
    const std::string name =
        tag.substr(closing ? 1 : 0, tag.find_first_of(" \n/", closing ? 1 : 0) - (closing ? 1 : 0));
    if (void_elements.count(name)) continue;
    if (!closing) {
      open.push_back(name);
      if (name == "style") {  // CSS is raw text up to </style>
        at = html.find("</style>", at);
        if (at == std::string::npos) return ::testing::AssertionFailure() << "unclosed style";
      }
      continue;
    }
    if (open.empty() || open.back() != name) {
      return ::testing::AssertionFailure() << "</" << name << "> closes <" << (open.empty() ? "" : open.back()) << ">";
    }
    open.pop_back();
  }
  if (!open.empty()) return ::testing::AssertionFailure() << "<" << open.back() << "> never closed";
  return ::testing::AssertionSuccess();
}

TEST(HtmlReportTest, IsWellFormed) {
  const std::string html = render_html(testing::known_report());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_TRUE(well_formed(html));
  EXPECT_FALSE(well_formed("<div><span></div></span>"));
  EXPECT_FALSE(well_formed("<div>"));
}

TEST(HtmlReportTest, IsSelfContained) {
  const std::string html = render_html(testing::known_report());
  const std::string svg_namespace = "http://www.w3.org/2000/svg";
  EXPECT_EQ(count(html, "http://"), count(html, svg_namespace));
  EXPECT_EQ(count(html, "https://"), 0u);
  for (const char* external : {"<script", "<link", "<img", "<iframe", "src=", "url(", "@import", "//cdn"}) {
    EXPECT_EQ(html.find(external), std::string::npos) << external;
  }
}

TEST(HtmlReportTest, HasTheChartsAndTables) {
  const std::string html = render_html(testing::known_report());
  EXPECT_EQ(count(html, "<svg"), 2u + 3u);  // reliability, trade-off, one bar chart per type
  EXPECT_NE(html.find("Reliability diagram"), std::string::npos);
  EXPECT_NE(html.find("perfect calibration"), std::string::npos);
  EXPECT_NE(html.find("Straight-through vs silent errors"), std::string::npos);
  EXPECT_NE(html.find("t=0.50"), std::string::npos);
  EXPECT_NE(html.find("Field accuracy by document type"), std::string::npos);
  EXPECT_NE(html.find("Worst fields"), std::string::npos);
  EXPECT_NE(html.find("id/passport.jpg"), std::string::npos);  // rejected
  EXPECT_NE(html.find("w2/form.png"), std::string::npos);      // wrong type
  EXPECT_EQ(html.find("pay/stub.pdf"), std::string::npos);     // neither
  testing::expect_no_values(html);
}

TEST(HtmlReportTest, PacketsSectionOnlyWithPackets) {
  const std::string plain = render_html(testing::known_report());
  EXPECT_EQ(plain.find("Packets"), std::string::npos);

  const std::string html = render_html(testing::known_packet_report());
  EXPECT_TRUE(well_formed(html));
  EXPECT_NE(html.find("<h2>Packets</h2>"), std::string::npos);
  EXPECT_NE(html.find("Boundary precision"), std::string::npos);
  EXPECT_NE(html.find("Out-of-scope accepted (target 0)"), std::string::npos);
  EXPECT_NE(html.find("1 w2, 2 pay_stub, 3 unknown, 4-5 bank_statement"), std::string::npos);
  EXPECT_NE(html.find("loan/packet.pdf [page 4]"), std::string::npos);  // typed wrong
  EXPECT_EQ(count(html, "<svg"), count(plain, "<svg") + 2u);            // bar charts for bank_statement and unknown
  testing::expect_no_values(html);
}

TEST(HtmlReportTest, EscapesNames) {
  std::vector<DocumentScore> scores = testing::known_scores();
  scores[0].relative_path = "a<b>&\"c\".pdf";
  scores[0].status = DocumentStatus::kRejected;
  const std::string html = render_html(evaluate("<data>", std::move(scores), {}));
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_NE(html.find("a&lt;b&gt;&amp;&quot;c&quot;.pdf"), std::string::npos);
  EXPECT_NE(html.find("&lt;data&gt;"), std::string::npos);
  EXPECT_TRUE(well_formed(html));
}

}  // namespace
}  // namespace kycx::eval
