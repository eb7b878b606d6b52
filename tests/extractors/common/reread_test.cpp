// reread_if_unsure: when a second, closer reading of an unsure value is
// taken, and what the field says about the two readings afterwards.
#include "extractors/common/reread.hpp"

#include <string>

#include <gtest/gtest.h>

#include "ocr/page_text.hpp"

namespace kycx::extractors {
namespace {

// An engine that reads one word, with the given confidence, whatever the image.
class OneWordEngine final : public ocr::OcrEngine {
 public:
  OneWordEngine(std::string word, float confidence) : word_(std::move(word)), confidence_(confidence) {}
  Result<ocr::PageText> recognize(cv::Mat gray, const ocr::RecognizeOptions&) override {
    ++calls;
    ocr::PageTextBuilder b(PageInfo{});
    b.begin_block();
    b.begin_line();
    b.add_word(word_, {0, 0, double(gray.cols), double(gray.rows)}, confidence_);
    return std::move(b).finish();
  }
  int calls = 0;

 private:
  std::string word_;
  float confidence_;
};

ocr::Page scanned_page() {
  ocr::Page page;
  page.text.info.width = 1000;
  page.text.info.height = 1000;
  page.text.info.dpi = 300;
  page.text.info.text_source = TextSource::kOcr;
  page.image = cv::Mat(1000, 1000, CV_8UC1, cv::Scalar(255));
  page.image_transform = ocr::PageTransform(1000, 1000);
  return page;
}

Field unsure_id(double ocr_confidence) {
  Field f;
  f.value = "E54546";
  f.source.push_back({1, {0.18, 0.11, 0.23, 0.12}, "E54546"});
  f.evidence.ocr_confidence = ocr_confidence;
  return f;
}

std::optional<std::string> as_is(std::string_view text) {
  return std::string(text);
}

const RereadOptions kOptions{.below_confidence = 0.9, .pad = 0.5, .whitelist = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"};

TEST(RereadIfUnsureTest, AMoreConfidentSecondReadingReplacesTheFirst) {
  const std::vector<ocr::Page> pages{scanned_page()};
  OneWordEngine precise("E54548", 0.96f);
  const ExtractContext context{.pages = pages, .ocr = nullptr, .precise_ocr = &precise, .render = {}};
  const Field after = reread_if_unsure(context, unsure_id(0.67), as_is, kOptions);
  EXPECT_EQ(precise.calls, 1);
  EXPECT_EQ(after.value, "E54548");
  EXPECT_EQ(after.evidence.readings, 2);
  EXPECT_FALSE(after.evidence.readings_agree);
}

TEST(RereadIfUnsureTest, APageModelReadingOfTheCropSidingWithThePageKeepsIt) {
  // The page read "E54546"; the precise model read the crop "ES54546"; the
  // page's model reads the crop "E54546" again: two of three.
  const std::vector<ocr::Page> pages{scanned_page()};
  OneWordEngine precise("ES54546", 0.35f);
  OneWordEngine page_model("E54546", 0.7f);
  const ExtractContext context{.pages = pages, .ocr = &page_model, .precise_ocr = &precise, .render = {}};
  const Field after = reread_if_unsure(context, unsure_id(0.67), as_is, kOptions);
  EXPECT_EQ(page_model.calls, 1);
  EXPECT_EQ(after.value, "E54546");
  EXPECT_EQ(after.source.front().text, "E54546");
  EXPECT_EQ(after.evidence.readings, 3);
  EXPECT_FALSE(after.evidence.readings_agree);
  EXPECT_DOUBLE_EQ(after.evidence.ocr_confidence, 0.67);
  // Siding with the precise reading instead: that one stands.
  OneWordEngine page_model_too("ES54546", 0.7f);
  const ExtractContext other{.pages = pages, .ocr = &page_model_too, .precise_ocr = &precise, .render = {}};
  EXPECT_EQ(reread_if_unsure(other, unsure_id(0.67), as_is, kOptions).value, "ES54546");
}

TEST(RereadIfUnsureTest, AnAgreeingReadingRaisesTheConfidenceAndASureValueIsNotReadAgain) {
  const std::vector<ocr::Page> pages{scanned_page()};
  OneWordEngine precise("E54546", 0.93f);
  const ExtractContext context{.pages = pages, .ocr = nullptr, .precise_ocr = &precise, .render = {}};
  const Field agreed = reread_if_unsure(context, unsure_id(0.67), as_is, kOptions);
  EXPECT_EQ(agreed.evidence.readings, 2);
  EXPECT_TRUE(agreed.evidence.readings_agree);
  EXPECT_NEAR(agreed.evidence.ocr_confidence, 0.93, 1e-6);
  const Field sure = reread_if_unsure(context, unsure_id(0.95), as_is, kOptions);
  EXPECT_EQ(precise.calls, 1);
  EXPECT_EQ(sure.evidence.readings, 1);
}

}  // namespace
}  // namespace kycx::extractors
