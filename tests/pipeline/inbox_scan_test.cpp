#include "pipeline/inbox_scan.hpp"

#include <gtest/gtest.h>

#include "tests/support/test_files.hpp"

namespace kycx::pipeline {
namespace {

TEST(InboxScanTest, IgnoresHiddenAndPartialFiles) {
  EXPECT_TRUE(is_ignored_name(".hidden.pdf"));
  EXPECT_TRUE(is_ignored_name("scan.pdf.part"));
  EXPECT_TRUE(is_ignored_name("scan.pdf.tmp"));
  EXPECT_TRUE(is_ignored_name("scan.pdf.crdownload"));
  EXPECT_FALSE(is_ignored_name("scan.pdf"));
  EXPECT_FALSE(is_ignored_name("partial.pdf"));
}

TEST(InboxScanTest, ListsRecursivelySortedSkippingTheOutbox) {
  kycx::testing::TempDir dir;
  dir.write("b.pdf", "x");
  dir.write("a/c.png", "x");
  dir.write("a/.d.png", "x");
  dir.write(".cache/e.png", "x");
  dir.write("f.jpg.part", "x");
  dir.write("out/a/c.png.json", "{}");
  auto inputs = scan_inbox(dir.path(), dir.path() / "out");
  ASSERT_TRUE(inputs);
  std::vector<std::string> rel;
  for (const auto& in : *inputs) rel.push_back(in.relative_path);
  EXPECT_EQ(rel, (std::vector<std::string>{"a/c.png", "b.pdf"}));
}

TEST(InboxScanTest, MissingInboxIsAnError) {
  auto inputs = scan_inbox("/nonexistent/kycx-inbox");
  ASSERT_FALSE(inputs);
  EXPECT_EQ(inputs.error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace kycx::pipeline

namespace kycx::pipeline {
namespace {

TEST(InboxScanTest, SymbolicLinkKeepsItsOwnInboxPath) {
  kycx::testing::TempDir dir;
  std::filesystem::create_symlink("/etc/passwd", dir.path() / "shadow.pdf");
  auto inputs = scan_inbox(dir.path());
  ASSERT_TRUE(inputs);
  ASSERT_EQ(inputs->size(), 1u);
  EXPECT_EQ((*inputs)[0].relative_path, "shadow.pdf");
}

}  // namespace
}  // namespace kycx::pipeline

namespace kycx::pipeline {
namespace {

TEST(InboxScanTest, ExcludesNamesMatchingGlobs) {
  kycx::testing::TempDir dir;
  dir.write("a/doc.pdf", "x");
  dir.write("a/doc.truth.json", "{}");
  dir.write("README.md", "x");
  auto inputs = scan_inbox(dir.path(), {}, {"*.truth.json", "*.md"});
  ASSERT_TRUE(inputs);
  ASSERT_EQ(inputs->size(), 1u);
  EXPECT_EQ((*inputs)[0].relative_path, "a/doc.pdf");
}

}  // namespace
}  // namespace kycx::pipeline
