// The preprocess stage's boundary: whatever OpenCV throws on a page becomes a
// plain rejection of that document, never an escaping exception or a
// library's assertion text in the envelope.
#include "pipeline/preprocess_stage.hpp"

#include <gtest/gtest.h>

namespace kycx::pipeline {
namespace {

// Hands out one page of a given size, as no real reader would: the readers
// refuse such shapes from the header, so this is the way to reach the stage.
class OddPageReader final : public ingest::DocumentReader {
 public:
  explicit OddPageReader(cv::Size size) : size_(size) {}
  ingest::MediaType media_type() const override { return ingest::MediaType::kPng; }
  int page_count() const override { return 1; }
  Result<ingest::PageContent> load_page(int /*index*/) const override {
    ingest::PageContent content;
    content.info.page = 1;
    content.info.width = size_.width;
    content.info.height = size_.height;
    content.info.unit = "px";
    content.info.text_source = TextSource::kOcr;
    content.image = cv::Mat(size_, CV_8UC1, cv::Scalar(255));
    return content;
  }
  Result<cv::Mat> render_page(int index, int /*dpi*/) const override {
    auto page = load_page(index);
    if (!page) return tl::unexpected(page.error());
    return page->image;
  }

 private:
  cv::Size size_;
};

TEST(PreprocessStageTest, AnImageOperationThatFailsRejectsTheDocumentInPlainWords) {
  auto job = std::make_shared<DocumentJob>(DocumentInput{"strip.png", "strip.png"}, 0, 60);
  job->reader = std::make_shared<OddPageReader>(cv::Size(1, 3000));  // OpenCV's resize refuses its shrunk copy
  job->pages.resize(1);
  PageTask task{.job = job, .index = 0, .info = {}, .prepared = {}};
  OcrWorkers workers({}, {});
  const PreprocessStage stage({.detect_orientation = false}, workers);

  EXPECT_NO_THROW(stage(task));
  ASSERT_TRUE(job->rejected());
  ASSERT_FALSE(job->envelope.errors.empty());
  const EnvelopeError& error = job->envelope.errors[0];
  EXPECT_EQ(error.stage, "preprocess");
  EXPECT_NE(error.message.find("1 x 3000"), std::string::npos) << error.message;
  for (const char* leak : {"OpenCV", "Assertion", "resize", ".cpp"}) {
    EXPECT_EQ(error.message.find(leak), std::string::npos) << leak << " in: " << error.message;
  }
  EXPECT_FALSE(task.prepared);
}

}  // namespace
}  // namespace kycx::pipeline
