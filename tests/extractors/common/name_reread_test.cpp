#include "extractors/common/name_reread.hpp"

#include <optional>
#include <vector>

#include <gtest/gtest.h>

#include "ocr/page_text.hpp"

namespace kycx::extractors {
namespace {

using Lines = std::vector<std::vector<std::string>>;

// An engine that reads the given lines (one word list each) whatever the
// image; with `later` given, calls after the first read those instead.
class ScriptedEngine final : public ocr::OcrEngine {
 public:
  explicit ScriptedEngine(Lines lines, std::optional<Lines> later = std::nullopt)
      : lines_(std::move(lines)), later_(std::move(later)) {}
  Result<ocr::PageText> recognize(cv::Mat gray, const ocr::RecognizeOptions&) override {
    ++calls;
    widths.push_back(gray.cols);
    if (calls == 2 && later_) lines_ = *later_;
    ocr::PageTextBuilder b(PageInfo{});
    b.begin_block();
    // Lines spread over the crop's height, so the middle one is in its middle.
    const double step = gray.rows / static_cast<double>(lines_.size());
    for (size_t l = 0; l < lines_.size(); ++l) {
      b.begin_line();
      double x = 0;
      for (const std::string& w : lines_[l]) {
        const double y = step * static_cast<double>(l);
        b.add_word(w, {x, y + 0.2 * step, x + 10, y + 0.8 * step}, 0.9f);
        x += 12;
      }
    }
    return std::move(b).finish();
  }
  int calls = 0;
  std::vector<int> widths;  // of each crop read

 private:
  Lines lines_;
  std::optional<Lines> later_;
};

ocr::Page page_with_image(TextSource source) {
  ocr::Page page;
  page.text.info.width = 1000;
  page.text.info.height = 1000;
  page.text.info.dpi = 300;
  page.text.info.text_source = source;
  page.image = cv::Mat(1000, 1000, CV_8UC1, cv::Scalar(255));
  page.image_transform = ocr::PageTransform(1000, 1000);
  return page;
}

Field name_field(const std::string& value) {
  Field f;
  f.value = value;
  f.source.push_back({1, {0.1, 0.2, 0.3, 0.22}, value});
  f.evidence.ocr_confidence = 0.93;
  return f;
}

TEST(AccentedNameTest, AdoptsAccentsTheEnglishModelDropped) {
  EXPECT_EQ(accented_name("JOSE SCHAFER", "JOSÉ SCHÄFER"), "JOSÉ SCHÄFER");
  EXPECT_EQ(accented_name("BJORN JEAN-LUC FISCHER", "BJÖRN JEAN-LUC FISCHER"), "BJÖRN JEAN-LUC FISCHER");
  EXPECT_EQ(accented_name("Ravi Jérome Bakker", "Ravi Jérôme Bakker"), "Ravi Jérôme Bakker");
  EXPECT_EQ(accented_name("Ines Muller", "Inés Müller"), "Inés Müller");
}

TEST(AccentedNameTest, IgnoresStrayMarksAroundTheCrop) {
  EXPECT_EQ(accented_name("Sean Sanchez", "Sean Sánchez,"), "Sean Sánchez");
  EXPECT_EQ(accented_name("Sean Sanchez", "| Sean Sánchez"), "Sean Sánchez");
  // A box's edge read as a letter or digit standing alone.
  EXPECT_EQ(accented_name("Siobhan Lindqvist", "1 Siobhán Lindqvist"), "Siobhán Lindqvist");
  EXPECT_EQ(accented_name("Siobhan Lindqvist", "Siobhán Lindqvist l"), "Siobhán Lindqvist");
  EXPECT_EQ(accented_name("Siobhan Lindqvist", "A Siobhán Lindqvist"), std::nullopt);  // a real initial, maybe
}

TEST(AccentedNameTest, RejectsAnyOtherDifference) {
  EXPECT_EQ(accented_name("SEAN LUCIA DAVIS", "SEAN LUCÉA DAVIS"), std::nullopt);    // É is not I
  EXPECT_EQ(accented_name("SEAN LUCIA DAVIS", "T SEAN LUCÍA DAVIS"), std::nullopt);  // an extra letter
  EXPECT_EQ(accented_name("JOSE SCHAFER", "JOSÉ SCHAEFER"), std::nullopt);
  EXPECT_EQ(accented_name("JEAN-LUC", "JEAN LÜC"), std::nullopt);          // punctuation changed
  EXPECT_EQ(accented_name("Ravi Jérome", "Ravi Jerome"), std::nullopt);    // accents only added, never dropped
  EXPECT_EQ(accented_name("JOSE SCHAFER", "JOSE SCHAFER"), std::nullopt);  // nothing gained
  EXPECT_EQ(accented_name("JOSE", "477 S Heron Pl"), std::nullopt);
  EXPECT_EQ(accented_name("", "É"), std::nullopt);
  EXPECT_EQ(accented_name("STRASSE", "STRAßE"), std::nullopt);                     // one letter for two
  EXPECT_EQ(accented_name("Oliver Lars Hill", "Oliver Lars Hİll"), std::nullopt);  // a capital for a small letter
  EXPECT_EQ(accented_name("JOSE", "JOSé"), std::nullopt);
}

TEST(RereadNameTest, TakesTheNamesModelReadingAndKeepsTheBox) {
  const std::vector<ocr::Page> pages{page_with_image(TextSource::kOcr)};
  ScriptedEngine names(Lines{{"employee's", "name"}, {"JOSÉ", "SCHÄFER"}, {"8442", "E", "Thistle"}});
  const ExtractContext context{.pages = pages, .ocr = nullptr, .names_ocr = &names, .render = {}};
  const Field before = name_field("JOSE SCHAFER");
  const Field after = reread_name(context, before);
  EXPECT_EQ(names.calls, 1);
  EXPECT_EQ(after.value, "JOSÉ SCHÄFER");
  ASSERT_EQ(after.source.size(), 1u);
  EXPECT_EQ(after.source[0].bbox, before.source[0].bbox);
  EXPECT_EQ(after.source[0].text, "JOSÉ SCHÄFER");
  EXPECT_EQ(after.evidence.ocr_confidence, before.evidence.ocr_confidence);
}

TEST(RereadNameTest, KeepsTheEnglishValueWhenTheReadingsDiffer) {
  const std::vector<ocr::Page> pages{page_with_image(TextSource::kOcr)};
  ScriptedEngine names(Lines{{"JOSÉ", "SCHAEFER"}});
  const ExtractContext context{.pages = pages, .ocr = nullptr, .names_ocr = &names, .render = {}};
  const Field after = reread_name(context, name_field("JOSE SCHAFER"));
  EXPECT_EQ(names.calls, 2);  // the crop as it is, then enlarged
  EXPECT_EQ(after.value, "JOSE SCHAFER");
  EXPECT_EQ(after.source[0].text, "JOSE SCHAFER");
}

TEST(RereadNameTest, NoSecondLookWhenBothModelsReadTheSamePlainName) {
  const std::vector<ocr::Page> pages{page_with_image(TextSource::kOcr)};
  ScriptedEngine names(Lines{{"|", "OLIVER", "HILL"}}, Lines{{"OLİVER", "HILL"}});
  const ExtractContext context{.pages = pages, .ocr = nullptr, .names_ocr = &names, .render = {}};
  EXPECT_EQ(reread_name(context, name_field("OLIVER HILL")).value, "OLIVER HILL");
  EXPECT_EQ(names.calls, 1);
}

TEST(RereadNameTest, AccentsBlurredByResamplingShowInTheEnlargedCrop) {
  const std::vector<ocr::Page> pages{page_with_image(TextSource::kOcr)};
  ScriptedEngine names(Lines{{"|", "Lucta", "Bianchi"}}, Lines{{"|", "Lucía", "Bianchi"}});
  const ExtractContext context{.pages = pages, .ocr = nullptr, .names_ocr = &names, .render = {}};
  const Field after = reread_name(context, name_field("Lucia Bianchi"));
  EXPECT_EQ(after.value, "Lucía Bianchi");
  ASSERT_EQ(names.widths.size(), 2u);
  EXPECT_GT(names.widths[1], names.widths[0]);
  // A place read the same way: the second look's accents are adopted too.
  ScriptedEngine places(Lines{{"G0TEBORG"}}, Lines{{"GÖTEBORG"}});
  const ExtractContext place_context{.pages = pages, .ocr = nullptr, .names_ocr = &places, .render = {}};
  const auto place = read_twice_with_names_model(place_context, name_field("GOTEBORG"));
  ASSERT_TRUE(place.has_value());
  EXPECT_EQ(place->value, "GÖTEBORG");
  EXPECT_TRUE(place->evidence.readings_agree);
}

TEST(RereadNameTest, UnchangedWithoutANamesModel) {
  const std::vector<ocr::Page> pages{page_with_image(TextSource::kOcr)};
  ScriptedEngine english(Lines{{"JOSÉ", "SCHÄFER"}});
  const ExtractContext context{.pages = pages, .ocr = &english, .precise_ocr = &english, .render = {}};
  EXPECT_EQ(reread_name(context, name_field("JOSE SCHAFER")).value, "JOSE SCHAFER");
  EXPECT_EQ(english.calls, 0);
}

TEST(RereadNameTest, NeverReadsATextLayerAgain) {
  const std::vector<ocr::Page> pages{page_with_image(TextSource::kTextLayer)};
  ScriptedEngine names(Lines{{"JOSÉ", "SCHÄFER"}});
  const ExtractContext context{.pages = pages, .ocr = nullptr, .names_ocr = &names, .render = {}};
  EXPECT_EQ(reread_name(context, name_field("JOSE SCHAFER")).value, "JOSE SCHAFER");
  EXPECT_EQ(names.calls, 0);
}

TEST(ReadTwiceTest, AgreeingReadingsConfirmThePlace) {
  const std::vector<ocr::Page> pages{page_with_image(TextSource::kOcr)};
  ScriptedEngine names(Lines{{"NEW", "YORK,", "U.S.A."}});
  const ExtractContext context{.pages = pages, .ocr = nullptr, .names_ocr = &names, .render = {}};
  const auto after = read_twice_with_names_model(context, name_field("NEW YORK, U.S.A."));
  ASSERT_TRUE(after.has_value());
  EXPECT_EQ(after->value, "NEW YORK, U.S.A.");
  EXPECT_EQ(after->evidence.readings, 2);
  EXPECT_TRUE(after->evidence.readings_agree);
}

TEST(ReadTwiceTest, TakesTheAccentsTheEnglishModelDropped) {
  const std::vector<ocr::Page> pages{page_with_image(TextSource::kOcr)};
  ScriptedEngine names(Lines{{"MALMÖ"}});
  const ExtractContext context{.pages = pages, .ocr = nullptr, .names_ocr = &names, .render = {}};
  const auto after = read_twice_with_names_model(context, name_field("MALMO"));
  ASSERT_TRUE(after.has_value());
  EXPECT_EQ(after->value, "MALMÖ");
  EXPECT_EQ(after->source[0].text, "MALMÖ");
  EXPECT_TRUE(after->evidence.readings_agree);
}

TEST(ReadTwiceTest, DisagreeingReadingsKeepThePageReadingAndSayNo) {
  const std::vector<ocr::Page> pages{page_with_image(TextSource::kOcr)};
  ScriptedEngine names(Lines{{"MALMÖ", "C"}});
  const ExtractContext context{.pages = pages, .ocr = nullptr, .names_ocr = &names, .render = {}};
  const auto after = read_twice_with_names_model(context, name_field("MALMO"));
  ASSERT_TRUE(after.has_value());
  EXPECT_EQ(after->value, "MALMO");
  EXPECT_EQ(after->evidence.readings, 2);
  EXPECT_FALSE(after->evidence.readings_agree);
}

TEST(ReadTwiceTest, NothingWithoutANamesModelButATextLayerIsExact) {
  const std::vector<ocr::Page> scanned{page_with_image(TextSource::kOcr)};
  const ExtractContext without{.pages = scanned, .ocr = nullptr, .names_ocr = nullptr, .render = {}};
  EXPECT_FALSE(read_twice_with_names_model(without, name_field("MALMO")).has_value());
  const std::vector<ocr::Page> digital{page_with_image(TextSource::kTextLayer)};
  ScriptedEngine names(Lines{{"X"}});
  const ExtractContext layer{.pages = digital, .ocr = nullptr, .names_ocr = &names, .render = {}};
  const auto kept = read_twice_with_names_model(layer, name_field("MALMÖ"));
  ASSERT_TRUE(kept.has_value());
  EXPECT_EQ(kept->value, "MALMÖ");
  EXPECT_EQ(names.calls, 0);
}

}  // namespace
}  // namespace kycx::extractors
