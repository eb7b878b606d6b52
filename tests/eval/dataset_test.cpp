#include "eval/dataset.hpp"

#include <gtest/gtest.h>

#include "tests/support/test_files.hpp"

namespace kycx::eval {
namespace {

const char* kTruth = R"({"document_type": "pay_stub", "fields": {"gross_pay": "1.00"}, "meta": {"seed": 1}})";

TEST(DatasetTest, PairsDocumentsWithTruthFilesRecursively) {
  kycx::testing::TempDir dir;
  dir.write("a/x.pdf", "%PDF");
  dir.write("a/x.truth.json", kTruth);
  dir.write("b/y.png", "png");          // no truth: ignored
  dir.write("c/z.truth.json", kTruth);  // no document: ignored
  dir.write("README.md", "# notes");
  dir.write("a/notes.md", "# notes");
  dir.write("a/notes.truth.json", kTruth);  // a truth beside *.md does not make it a document
  dir.write(".hidden/q.pdf", "%PDF");
  dir.write(".hidden/q.truth.json", kTruth);
  dir.write("w2.jpg", "jpg");
  dir.write("w2.truth.json", R"({"document_type": "w2", "fields": {}})");
  auto dataset = load_dataset(dir.path());
  ASSERT_TRUE(dataset) << dataset.error().message;
  ASSERT_EQ(dataset->documents.size(), 2u);
  EXPECT_EQ(dataset->documents[0].relative_path, "a/x.pdf");
  EXPECT_EQ(dataset->documents[0].document_type, "pay_stub");
  EXPECT_EQ(dataset->documents[0].fields, (Json{{"gross_pay", "1.00"}}));
  EXPECT_EQ(dataset->documents[0].path, dir.path() / "a/x.pdf");
  EXPECT_EQ(dataset->documents[1].relative_path, "w2.jpg");
}

TEST(DatasetTest, FailsWithoutFolderOrTruth) {
  EXPECT_EQ(load_dataset("/nonexistent/dataset").error().code, ErrorCode::kNotFound);
  kycx::testing::TempDir dir;
  dir.write("x.pdf", "%PDF");
  auto empty = load_dataset(dir.path());
  ASSERT_FALSE(empty);
  EXPECT_NE(empty.error().message.find("truth"), std::string::npos);
}

TEST(DatasetTest, MalformedTruthNamesTheFile) {
  kycx::testing::TempDir dir;
  dir.write("x.pdf", "%PDF");
  dir.write("x.truth.json", "{\"fields\": {}}");
  auto dataset = load_dataset(dir.path());
  ASSERT_FALSE(dataset);
  EXPECT_NE(dataset.error().message.find("x.truth.json"), std::string::npos);
  EXPECT_FALSE(parse_truth("not json", "t"));
  EXPECT_FALSE(parse_truth(R"({"document_type": "w2", "fields": []})", "t"));
}

}  // namespace
}  // namespace kycx::eval
