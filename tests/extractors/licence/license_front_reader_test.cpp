#include "extractors/licence/license_front_reader.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extractors/common/confusions.hpp"
#include "extractors/licence/license_front_labels.hpp"
#include "extractors/licence/license_front_values.hpp"

namespace kycx::extractors::licence {
namespace {

// A page of OCR lines; every word gets its own box on a grid, confidence 0.95
// unless written "text@0.40". Synthetic people only.
ocr::Page page_of(const std::vector<std::string>& lines, int page_number = 1) {
  PageInfo info;
  info.page = page_number;
  ocr::PageTextBuilder b(info);
  b.begin_block();
  double y = 0.05;
  for (const auto& line : lines) {
    b.begin_line();
    double x = 0.3;
    size_t start = 0;
    while (start < line.size()) {
      size_t end = line.find(' ', start);
      if (end == std::string::npos) end = line.size();
      std::string word = line.substr(start, end - start);
      float conf = 0.95f;
      if (auto at = word.find('@'); at != std::string::npos) {
        conf = std::stof(word.substr(at + 1));
        word = word.substr(0, at);
      }
      if (!word.empty()) b.add_word(word, BBox{x, y, x + 0.01 * word.size(), y + 0.04}, conf);
      x += 0.01 * word.size() + 0.01;
      start = end + 1;
    }
    y += 0.06;
  }
  ocr::Page p;
  p.text = std::move(b).finish();
  return p;
}

std::string value(const LicenseFront& f, const std::string& name) {
  const FrontValue* v = f.field(name);
  return v ? v->value : "<missing>";
}

TEST(LicenseFrontReaderTest, NumberedUsLayoutAsOcrReadsIt) {
  const std::vector<ocr::Page> pages{page_of({
      "Ea -~ .@0.1 -@0.0",
      "sd@0.4 0.@0.7 W129831411219",
      "1 ESPOSITO",
      "2 BEATRIZ WEI",
      "8 29559 QUARRY PL",
      "LANSING, MI 48993",
      "3 pos@0.5 05/31/1997",
      "aa@0.3 iss@0.3 02/18/2022 ap@0.7 exp 05/31/2030",
      "15 SEX X 16 HGT 5'-04\" 18 EYES HAZ",
      "9ctass D 12 RsTR NONE",
      "5 DD 1EF5CD8831AC5D04E4F6",
  })};
  const LicenseFront f = read_license_front(pages);
  EXPECT_EQ(f.country, "USA");
  EXPECT_EQ(value(f, "document_number"), "W129831411219");
  EXPECT_EQ(value(f, "surname"), "ESPOSITO");
  EXPECT_EQ(value(f, "given_names"), "BEATRIZ WEI");
  EXPECT_EQ(value(f, "address_street"), "29559 QUARRY PL");
  EXPECT_EQ(value(f, "address_city"), "LANSING");
  EXPECT_EQ(value(f, "address_state"), "MI");
  EXPECT_EQ(value(f, "address_postal_code"), "48993");
  EXPECT_EQ(value(f, "date_of_birth"), "1997-05-31");
  EXPECT_EQ(value(f, "date_of_issue"), "2022-02-18");
  EXPECT_EQ(value(f, "date_of_expiry"), "2030-05-31");
  EXPECT_EQ(value(f, "sex"), "X");
  EXPECT_TRUE(f.field("surname")->labelled);
  EXPECT_EQ(f.field("surname")->source.page, 1);
}

TEST(LicenseFrontReaderTest, CanadianPlainLayoutWithMisreadLabels) {
  const std::vector<ocr::Page> pages{page_of({
      "DRIVER'S LICENCE / PERMIS DE CONDUIRE",
      "NUMBER/NUMERO 363 168408",
      "in@0.89 KING",
      "rn@0.9 KATARZYNA ZOE",
      "Apor@0.4 6114 WILLOW AVE",
      "EDMONTON, AB T2T 1T6",
      "pos@0.25 1978-05-21",
      "iss 2023-07-05 exp 2028-05-21",
      "sex F Het 173 cm eves GRN",
      "DD AD3C1BC1C53BD720",
  })};
  const LicenseFront f = read_license_front(pages);
  EXPECT_EQ(f.country, "CAN");
  EXPECT_EQ(value(f, "document_number"), "363168408");
  EXPECT_EQ(value(f, "surname"), "KING");
  EXPECT_EQ(value(f, "given_names"), "KATARZYNA ZOE");
  EXPECT_FALSE(f.field("surname")->labelled);
  EXPECT_EQ(value(f, "address_street"), "6114 WILLOW AVE");
  EXPECT_EQ(value(f, "address_city"), "EDMONTON");
  EXPECT_EQ(value(f, "address_postal_code"), "T2T 1T6");
  EXPECT_EQ(value(f, "date_of_birth"), "1978-05-21");  // by order: its label was misread
  EXPECT_EQ(value(f, "date_of_issue"), "2023-07-05");
  EXPECT_EQ(value(f, "date_of_expiry"), "2028-05-21");
  EXPECT_EQ(value(f, "sex"), "F");
}

TEST(LicenseFrontReaderTest, NameOnOneLineSurnameFirst) {
  const std::vector<ocr::Page> pages{page_of({
      "NEW YORK",
      "4d DL 709071503",
      "SCHAFER, OLIVIA MAE",
      "8 28096 RIVERBEND BLVD",
      "ALBANY, NY 12245-0012",
      "3 DOB 04/18/2005",
  })};
  const LicenseFront f = read_license_front(pages);
  EXPECT_EQ(value(f, "document_number"), "709071503");
  EXPECT_EQ(value(f, "surname"), "SCHAFER");
  EXPECT_EQ(value(f, "given_names"), "OLIVIA MAE");
  EXPECT_EQ(value(f, "address_postal_code"), "12245-0012");
  EXPECT_EQ(value(f, "date_of_birth"), "2005-04-18");
}

TEST(LicenseFrontReaderTest, IgnoresTheExcludedBarcodeRegion) {
  std::vector<ocr::Page> pages{page_of({"DL 12345678", "ISS 01/02/2020"}), page_of({"ii one 1 I", "DL 99999999"}, 2)};
  const LicenseFront f = read_license_front(pages, {.exclude_page = 1, .exclude_box = BBox{0, 0, 1, 1}, .country = ""});
  EXPECT_EQ(value(f, "document_number"), "12345678");
  for (const auto& line : f.lines) EXPECT_EQ(line.page, 1);
}

TEST(LicenseFrontReaderTest, AValueThatLooksLikeALabelStaysAValue) {
  const std::vector<ocr::Page> pages{
      page_of({"DL A1234567", "LN DOE", "FN JANE NO", "8 1 BLUEBELL LN", "MIAMI, FL 33101"})};
  const LicenseFront f = read_license_front(pages);
  EXPECT_EQ(value(f, "surname"), "DOE");
  EXPECT_EQ(value(f, "given_names"), "JANE NO");
  EXPECT_EQ(value(f, "address_street"), "1 BLUEBELL LN");  // LN is a label only at the start of a line
}

TEST(LicenseFrontReaderTest, StrayMarksAroundANumberAreNotPartOfIt) {
  const std::vector<ocr::Page> pages{page_of(
      {"0.@0.5 618851422419", "un NUNEZ", "rn MATEO", "Appr 542 ASPEN AVENUE", "DURHAM, Nc 27764", "o. $26631094"})};
  const LicenseFront f = read_license_front(pages);
  EXPECT_EQ(value(f, "document_number"), "618851422419");
  EXPECT_EQ(value(f, "address_state"), "NC");  // OCR's lower-case second letter
  EXPECT_EQ(value(f, "address_city"), "DURHAM");
}

TEST(LicenseFrontReaderTest, ALoneDateIsNotGuessed) {
  const std::vector<ocr::Page> pages{page_of({"DL 12345678", "s@0.2 10/29/2000"})};
  const LicenseFront f = read_license_front(pages);
  EXPECT_EQ(f.field("date_of_birth"), nullptr);
  EXPECT_EQ(f.field("date_of_issue"), nullptr);
  EXPECT_EQ(f.field("date_of_expiry"), nullptr);
}

TEST(LicenseFrontReaderTest, AGarbledLabelledDateIsNotReplacedByAnother) {
  const std::vector<ocr::Page> pages{
      page_of({"DL 50160034580", "1 MENSAH", "2 ETHAN FELIX", "8 1445 W LAKEVIEW AVE property of the State",
               "SPRINGFIELD, IL 62727-0415", "op 11/12/1958", "04/25/2025 s exe 1111212029"})};
  const LicenseFront f = read_license_front(pages);
  EXPECT_EQ(value(f, "date_of_birth"), "1958-11-12");
  EXPECT_EQ(f.field("date_of_expiry"), nullptr);
  EXPECT_EQ(value(f, "address_street"), "1445 W LAKEVIEW AVE");
}

TEST(LicenseFrontReaderTest, FindsNothingOnAPageOfOtherText) {
  const std::vector<ocr::Page> pages{page_of({"This card is the property of the State of Oregon.", "ii one"})};
  const LicenseFront f = read_license_front(pages);
  EXPECT_TRUE(f.fields.empty());
  EXPECT_TRUE(read_license_front({}).fields.empty());
}

TEST(LicenseFrontLabelsTest, LabelsAndFieldNumbers) {
  EXPECT_EQ(front_label("DOB"), FrontLabel::kBirth);
  EXPECT_EQ(front_label("exd"), FrontLabel::kExpiry);  // one OCR slip
  EXPECT_EQ(front_label("DOE"), FrontLabel::kNone);    // a capitalised value stays a value
  EXPECT_EQ(front_label("NUMBER/NUMERO"), FrontLabel::kNumber);
  const auto segments = segment_front_line({"4a", "ISS", "02/18/2022", "4b", "EXP", "05/31/2030"});
  ASSERT_EQ(segments.size(), 5u);
  EXPECT_EQ(segments[2].label, FrontLabel::kIssue);
  EXPECT_EQ(segments[2].words, (std::vector<int>{2}));
  EXPECT_EQ(segments[4].label, FrontLabel::kExpiry);
  EXPECT_EQ(segments[4].words, (std::vector<int>{5}));
  const auto street = segment_front_line({"8", "524", "S", "BLUEBELL", "LN"});
  ASSERT_EQ(street.size(), 2u);
  EXPECT_EQ(street[1].label, FrontLabel::kAddress);
  EXPECT_EQ(street[1].words.size(), 4u);
}

TEST(LicenseFrontValuesTest, KeysForComparingReadings) {
  EXPECT_EQ(number_key("S12O 45"), number_key("512045"));
  EXPECT_NE(number_key("512045"), number_key("512046"));
  EXPECT_EQ(words_key("O'Neil-Smith,  ann"), "ONEIL SMITH ANN");
  EXPECT_EQ(strip_stray_marks("\\WDL0B5,"), "WDL0B5");
  EXPECT_EQ(trim_punctuation("KING,"), "KING");
  EXPECT_TRUE(is_printed_name_word("O'NEIL-SMITH,"));
  EXPECT_FALSE(is_printed_name_word("Neil"));
  EXPECT_FALSE(is_printed_name_word("8116"));
}

}  // namespace
}  // namespace kycx::extractors::licence
