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

const char* kPacket = R"({"packet": [
  {"first_page": 1, "last_page": 2, "document_type": "bank_statement", "fields": {"bank_name": "First Bank"}},
  {"first_page": 3, "last_page": 3, "document_type": "unknown", "fields": {}},
  {"first_page": 5, "last_page": 5, "document_type": "w2"}], "meta": {"seed": 3}})";

TEST(DatasetTest, ParsesAPacketTruth) {
  auto doc = parse_truth(kPacket, "p.truth.json");
  ASSERT_TRUE(doc) << doc.error().message;
  ASSERT_TRUE(doc->is_packet());
  EXPECT_TRUE(doc->document_type.empty());
  EXPECT_EQ(doc->fields, Json::object());
  ASSERT_EQ(doc->packet.size(), 3u);
  EXPECT_EQ(doc->packet[0].pages, (PageRange{1, 2}));
  EXPECT_EQ(doc->packet[0].document_type, "bank_statement");
  EXPECT_EQ(doc->packet[0].fields, (Json{{"bank_name", "First Bank"}}));
  EXPECT_EQ(doc->packet[1].document_type, "unknown");
  EXPECT_EQ(doc->packet[2].pages, (PageRange{5, 5}));  // page 4 unlabelled: allowed
  EXPECT_EQ(doc->packet[2].fields, Json::object());    // no "fields": nothing scored

  doc->relative_path = "a/p.pdf";
  const LabelledDocument first = doc->part(0);
  EXPECT_EQ(first.relative_path, "a/p.pdf");
  EXPECT_EQ(first.document_type, "bank_statement");
  EXPECT_EQ(first.fields, doc->packet[0].fields);
  EXPECT_FALSE(first.is_packet());
}

TEST(DatasetTest, APlainTruthIsNoPacket) {
  auto doc = parse_truth(kTruth, "t");
  ASSERT_TRUE(doc);
  EXPECT_FALSE(doc->is_packet());
  EXPECT_EQ(doc->document_type, "pay_stub");
}

TEST(DatasetTest, RejectsMalformedPackets) {
  auto error_of = [](const std::string& packet) {
    auto doc = parse_truth(R"({"packet": )" + packet + "}", "p.truth.json");
    return doc ? std::string() : doc.error().message;
  };
  const std::string w2 = R"("document_type": "w2")";
  // Each case fails, and says why.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"[]", "non-empty array"},
      {"{}", "non-empty array"},
      {"[1]", "must be an object"},
      {R"([{"last_page": 1, )" + w2 + "}]", "first_page"},
      {R"([{"first_page": 1, )" + w2 + "}]", "last_page"},
      {R"([{"first_page": 0, "last_page": 1, )" + w2 + "}]", "first_page"},
      {R"([{"first_page": -2, "last_page": 1, )" + w2 + "}]", "first_page"},
      {R"([{"first_page": 1.5, "last_page": 2, )" + w2 + "}]", "first_page"},
      {R"([{"first_page": "1", "last_page": 2, )" + w2 + "}]", "first_page"},
      {R"([{"first_page": 3, "last_page": 2, )" + w2 + "}]", "after last_page"},
      {R"([{"first_page": 1, "last_page": 2}])", "document_type"},
      {R"([{"first_page": 1, "last_page": 2, )" + w2 + R"(, "fields": []}])", "\"fields\" must be an object"},
      {R"([{"first_page": 1, "last_page": 2, )" + w2 + R"(}, {"first_page": 2, "last_page": 3, )" + w2 + "}]",
       "must start after page 2"},
      {R"([{"first_page": 3, "last_page": 4, )" + w2 + R"(}, {"first_page": 1, "last_page": 2, )" + w2 + "}]",
       "must start after page 4"},
  };
  for (const auto& [packet, why] : cases) {
    const std::string message = error_of(packet);
    EXPECT_NE(message.find(why), std::string::npos) << packet << " gave: " << message;
    EXPECT_NE(message.find("p.truth.json"), std::string::npos) << message;
  }
  EXPECT_NE(error_of(R"([{"first_page": 1, "last_page": 1, "document_type": "w2"},
                         {"first_page": 2, "last_page": 2, "document_type": "x", "fields": 3}])")
                .find("packet document 2"),
            std::string::npos);
  auto both = parse_truth(R"({"document_type": "w2", "packet": [{"first_page": 1, "last_page": 1, )" + w2 + "}]}", "t");
  ASSERT_FALSE(both);
  EXPECT_NE(both.error().message.find("keep one"), std::string::npos);
}

TEST(DatasetTest, LoadsPacketsBesideDocuments) {
  kycx::testing::TempDir dir;
  dir.write("loan/packet.pdf", "%PDF");
  dir.write("loan/packet.truth.json", kPacket);
  dir.write("x.pdf", "%PDF");
  dir.write("x.truth.json", kTruth);
  auto dataset = load_dataset(dir.path());
  ASSERT_TRUE(dataset) << dataset.error().message;
  ASSERT_EQ(dataset->documents.size(), 2u);
  EXPECT_EQ(dataset->documents[0].relative_path, "loan/packet.pdf");
  EXPECT_EQ(dataset->documents[0].packet.size(), 3u);
  EXPECT_FALSE(dataset->documents[1].is_packet());

  dir.write("loan/packet.truth.json", R"({"packet": [{"first_page": 2, "last_page": 1, "document_type": "w2"}]})");
  auto bad = load_dataset(dir.path());
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("packet.truth.json"), std::string::npos);
}

}  // namespace
}  // namespace kycx::eval
