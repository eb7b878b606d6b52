// read_mrz_document on pages given as words (a text layer, or OCR words):
// fields and their boxes, the id_card shape, upside-down pages, and the
// visual-zone cross-check. Synthetic people only (ICAO 9303 specimen data).
#include "extractors/mrz/mrz_reader.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extractors/common/upright_frame.hpp"
#include "extractors/mrz/mrz_visual_check.hpp"
#include "tests/extractors/mrz/mrz_examples.hpp"

namespace kycx::extractors::mrz {
namespace {

const std::string kTd3Line1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
const std::string kTd3Line2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
using testing::kSpecimenTd1;

struct Word {
  std::string text;
  BBox box;
};

// One OCR line per inner vector.
ocr::Page page_of(const std::vector<std::vector<Word>>& lines, TextSource source = TextSource::kTextLayer,
                  int rotation = 0, float confidence = 1.0f) {
  PageInfo info;
  info.text_source = source;
  info.rotation = rotation;
  ocr::PageTextBuilder b(info);
  b.begin_block();
  for (const auto& line : lines) {
    b.begin_line();
    for (const auto& w : line) b.add_word(w.text, w.box, confidence);
  }
  ocr::Page p;
  p.text = std::move(b).finish();
  return p;
}

// MRZ lines as single words, 0.02 high, from y = 0.8 down, x in [0.1, 0.9].
std::vector<std::vector<Word>> mrz_words(const std::vector<std::string>& lines) {
  std::vector<std::vector<Word>> out;
  double y = 0.8;
  for (const auto& l : lines) {
    out.push_back({{l, {0.1, y, 0.9, y + 0.02}}});
    y += 0.04;
  }
  return out;
}

// A label with its value on the line below (travel-document style).
void labelled(std::vector<std::vector<Word>>& lines, double x, double y, const std::string& label,
              const std::vector<std::string>& value) {
  lines.push_back({{label, {x, y, x + 0.012 * double(label.size()), y + 0.012}}});
  std::vector<Word> words;
  double vx = x;
  for (const auto& w : value) {
    words.push_back({w, {vx, y + 0.016, vx + 0.015 * double(w.size()), y + 0.036}});
    vx += 0.015 * double(w.size()) + 0.01;
  }
  lines.push_back(words);
}

std::optional<Extraction> read(const std::vector<ocr::Page>& pages, std::string_view type) {
  const ExtractContext context{.pages = pages, .ocr = nullptr, .precise_ocr = nullptr, .render = {}};
  return read_mrz_document(context, type);
}

std::string value(const Extraction& e, const char* name) {
  const Field* f = e.fields.find(name);
  return f && f->value.is_string() ? f->value.get<std::string>() : std::string("<missing>");
}

const Check* find_check(const Extraction& e, const std::string& rule) {
  for (const auto& c : e.checks) {
    if (c.rule == rule) return &c;
  }
  return nullptr;
}

TEST(MrzReaderTest, TextLayerMrzGivesPassportFields) {
  const std::vector<ocr::Page> pages{page_of(mrz_words({kTd3Line1, kTd3Line2}))};
  const auto e = read(pages, "passport");
  ASSERT_TRUE(e);
  EXPECT_EQ(value(*e, "document_number"), "L898902C3");
  EXPECT_EQ(value(*e, "surname"), "ERIKSSON");
  EXPECT_EQ(value(*e, "given_names"), "ANNA MARIA");
  EXPECT_EQ(value(*e, "nationality"), "UTO");
  EXPECT_EQ(value(*e, "issuing_country"), "UTO");
  EXPECT_EQ(value(*e, "date_of_birth"), "1974-08-12");
  EXPECT_EQ(value(*e, "sex"), "F");
  EXPECT_EQ(value(*e, "date_of_expiry"), "2012-04-15");
  EXPECT_EQ(value(*e, "personal_number"), "ZE184226B");
  EXPECT_EQ(value(*e, "mrz_line1"), kTd3Line1);
  EXPECT_EQ(value(*e, "mrz_line2"), kTd3Line2);
  EXPECT_FALSE(e->fields.contains("mrz_lines"));
  for (const auto& [name, field] : e->fields) {
    EXPECT_EQ(field.method, Method::kMrz) << name;
    ASSERT_FALSE(field.source.empty()) << name;
    EXPECT_EQ(field.source[0].page, 1) << name;
  }
  // The surname is characters 5..12 of line 1: its box is that slice of the line.
  const SourceRef& surname = e->fields.find("surname")->source[0];
  EXPECT_NEAR(surname.bbox.x0, 0.1 + 0.8 * 5 / 44, 1e-6);
  EXPECT_NEAR(surname.bbox.x1, 0.1 + 0.8 * 13 / 44, 1e-6);
  EXPECT_NEAR(surname.bbox.y0, 0.8, 1e-6);
  EXPECT_EQ(surname.text, "ERIKSSON");
  EXPECT_NEAR(e->fields.find("date_of_birth")->source[0].bbox.y0, 0.84, 1e-6);
  EXPECT_TRUE(e->fields.find("date_of_birth")->evidence.self_checked);
  // One reading check per check digit, all clean.
  for (const char* element : {"document_number", "date_of_birth", "date_of_expiry", "personal_number", "composite"}) {
    const Check* c = find_check(*e, std::string("mrz.reading.") + element);
    ASSERT_NE(c, nullptr) << element;
    EXPECT_EQ(c->result, CheckResult::kPass) << element;
    EXPECT_EQ(c->message, "") << element;
  }
  EXPECT_EQ(find_check(*e, "mrz.check_digit.composite"), nullptr);  // the rule engine's, not the reader's
}

TEST(MrzReaderTest, Td1GivesIdCardFieldsWithOneSourcePerLine) {
  const std::vector<ocr::Page> pages{page_of({{{"IDENTITY", {0.1, 0.1, 0.3, 0.12}}}}),
                                     page_of(mrz_words(kSpecimenTd1))};
  const auto e = read(pages, "id_card");
  ASSERT_TRUE(e);
  EXPECT_EQ(value(*e, "document_number"), "D23145890");
  EXPECT_EQ(value(*e, "surname"), "ERIKSSON");
  EXPECT_EQ(value(*e, "date_of_expiry"), "2012-04-15");
  EXPECT_FALSE(e->fields.contains("optional_data"));
  EXPECT_FALSE(e->fields.contains("mrz_line1"));
  const Field* lines = e->fields.find("mrz_lines");
  ASSERT_NE(lines, nullptr);
  ASSERT_TRUE(lines->value.is_array());
  EXPECT_EQ(lines->value.size(), 3u);
  ASSERT_EQ(lines->source.size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(lines->source[i].page, 2);
    EXPECT_EQ(lines->source[i].text, kSpecimenTd1[i]);
    EXPECT_NEAR(lines->source[i].bbox.y0, 0.8 + 0.04 * double(i), 1e-6);
  }
  EXPECT_EQ(e->fields.find("surname")->source[0].page, 2);
  EXPECT_NE(find_check(*e, "mrz.reading.composite"), nullptr);
}

TEST(MrzReaderTest, OcrConfusionsAreRepairedAndReported) {
  std::string number_with_o = kTd3Line2;
  number_with_o[5] = 'O';  // L898902C3: the 0 read as the letter O, the classic confusion
  const std::vector<ocr::Page> pages{page_of(mrz_words({kTd3Line1, number_with_o}), TextSource::kOcr, 0, 0.9f)};
  const auto e = read(pages, "passport");
  ASSERT_TRUE(e);
  EXPECT_EQ(value(*e, "document_number"), "L898902C3");
  EXPECT_TRUE(e->fields.find("document_number")->evidence.repaired);
  const Check* c = find_check(*e, "mrz.reading.document_number");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->result, CheckResult::kPass);
  EXPECT_EQ(c->message.rfind("repaired", 0), 0u) << c->message;
}

TEST(MrzReaderTest, UpsideDownPageBoxesFollowTheReadingDirection) {
  // The page was turned by 180 degrees to read it: on the original page the
  // lines run right to left, the first line lowest.
  std::vector<std::vector<Word>> lines;
  lines.push_back({{kTd3Line1, {0.1, 0.18, 0.9, 0.2}}});
  lines.push_back({{kTd3Line2, {0.1, 0.14, 0.9, 0.16}}});
  const std::vector<ocr::Page> pages{page_of(lines, TextSource::kOcr, 180, 0.95f)};
  const auto e = read(pages, "passport");
  ASSERT_TRUE(e);
  EXPECT_EQ(value(*e, "surname"), "ERIKSSON");
  const BBox box = e->fields.find("surname")->source[0].bbox;
  EXPECT_NEAR(box.x1, 0.9 - 0.8 * 5 / 44, 1e-6);
  EXPECT_NEAR(box.x0, 0.9 - 0.8 * 13 / 44, 1e-6);
  EXPECT_NEAR(box.y0, 0.18, 1e-6);
}

TEST(MrzReaderTest, PageWithoutMrzGivesNothing) {
  const std::vector<ocr::Page> pages{page_of(
      {{{"Opening", {0.1, 0.1, 0.2, 0.12}}, {"balance", {0.21, 0.1, 0.3, 0.12}}}, {{"P<UTO", {0.1, 0.2, 0.2, 0.22}}}})};
  EXPECT_FALSE(read(pages, "passport"));
}

std::vector<std::vector<Word>> visual_zone(const std::string& surname, const std::string& birth) {
  std::vector<std::vector<Word>> lines;
  labelled(lines, 0.4, 0.10, "Passport No./N° du passeport", {"L898902C3"});
  labelled(lines, 0.4, 0.16, "Surname/Nom", {surname});
  labelled(lines, 0.4, 0.22, "Given names/Prénoms", {"ANNA", "MARIA"});
  labelled(lines, 0.4, 0.28, "Date of birth/Date de naissance", {birth});
  labelled(lines, 0.4, 0.34, "Date of expiry/Date d'expiration", {"15.04.2012"});
  return lines;
}

// The visual zone above the specimen TD3 MRZ, every word read with `confidence`.
std::vector<ocr::Page> passport_page(const std::string& surname, const std::string& birth, float confidence = 0.95f) {
  auto lines = visual_zone(surname, birth);
  for (auto& l : mrz_words({kTd3Line1, kTd3Line2})) lines.push_back(l);
  return {page_of(lines, TextSource::kOcr, 0, confidence)};
}

TEST(MrzReaderTest, VisualZoneThatAgreesIsASecondReading) {
  const auto pages = passport_page("ERIKSSON", "12 AUG/AOÛT 74");
  const auto e = read(pages, "passport");
  ASSERT_TRUE(e);
  for (const char* f : {"surname", "given_names", "document_number", "date_of_birth", "date_of_expiry"}) {
    const Check* c = find_check(*e, std::string("consistency.mrz_viz.") + f);
    ASSERT_NE(c, nullptr) << f;
    EXPECT_EQ(c->result, CheckResult::kPass) << f << ": " << c->message;
    const Field* field = e->fields.find(f);
    EXPECT_EQ(field->evidence.readings, 2) << f;
    EXPECT_TRUE(field->evidence.readings_agree) << f;
    ASSERT_EQ(field->source.size(), 2u) << f;
    EXPECT_LT(field->source[1].bbox.y0, 0.5) << f;  // the visual zone's place
    EXPECT_FALSE(field->review.required) << f;
  }
}

TEST(MrzReaderTest, VisualZoneThatDisagreesIsAConflict) {
  const auto pages = passport_page("JOHANSSON", "21 JAN/JAN 1983");
  const auto e = read(pages, "passport");
  ASSERT_TRUE(e);
  for (const char* f : {"surname", "date_of_birth"}) {
    const Check* c = find_check(*e, std::string("consistency.mrz_viz.") + f);
    ASSERT_NE(c, nullptr) << f;
    EXPECT_EQ(c->result, CheckResult::kFail) << f;
    EXPECT_EQ(c->fields, std::vector<std::string>{f});
    const Field* field = e->fields.find(f);
    EXPECT_FALSE(field->evidence.readings_agree) << f;
    EXPECT_TRUE(field->review.required) << f;
    EXPECT_EQ(field->review.reasons, std::vector<std::string>{"conflict"}) << f;
    // No personal data in the message.
    EXPECT_EQ(c->message.find("JOHANSSON"), std::string::npos);
    EXPECT_EQ(c->message.find("ERIKSSON"), std::string::npos);
  }
  EXPECT_EQ(find_check(*e, "consistency.mrz_viz.document_number")->result, CheckResult::kPass);
}

TEST(MrzReaderTest, DateOfIssueReadPastSpecksOcrTookForWords) {
  // A photo's specks read as words: "\\" left of the label, "i" before the date.
  auto lines = visual_zone("ERIKSSON", "12 AUG/AOÛT 74");
  // A tilted photo: the label's words rise, its box is tall.
  lines.push_back({{"\\", {0.36, 0.40, 0.37, 0.43}}, {"Date of issue/Date de délivrance", {0.4, 0.40, 0.78, 0.43}}});
  lines.push_back({{"i", {0.33, 0.436, 0.34, 0.456}},
                   {"23", {0.398, 0.436, 0.43, 0.456}},
                   {"MAY/MAI", {0.44, 0.436, 0.54, 0.456}},
                   {"02", {0.55, 0.436, 0.58, 0.456}}});
  for (auto& l : mrz_words({kTd3Line1, kTd3Line2})) lines.push_back(l);
  const std::vector<ocr::Page> pages{page_of(lines, TextSource::kOcr, 0, 0.95f)};
  const auto e = read(pages, "passport");
  ASSERT_TRUE(e);
  EXPECT_EQ(value(*e, "date_of_issue"), "2002-05-23");
}

TEST(MrzReaderTest, DateOfIssueWhoseFirstWordOcrBoxedTooWide) {
  // The day's box reaches left into the photo; the month starts in the label's column.
  auto lines = visual_zone("ERIKSSON", "12 AUG/AOÛT 74");
  lines.push_back({{"Date of issue/Date de délivrance", {0.4, 0.40, 0.78, 0.412}}});
  lines.push_back({{"LA", {0.10, 0.416, 0.32, 0.436}},
                   {"10", {0.33, 0.416, 0.415, 0.436}},
                   {"NOV", {0.42, 0.416, 0.47, 0.436}},
                   {"2020", {0.48, 0.416, 0.54, 0.436}}});
  for (auto& l : mrz_words({kTd3Line1, kTd3Line2})) lines.push_back(l);
  const std::vector<ocr::Page> pages{page_of(lines, TextSource::kOcr, 0, 0.95f)};
  const auto e = read(pages, "passport");
  ASSERT_TRUE(e);
  EXPECT_EQ(value(*e, "date_of_issue"), "2020-11-10");
}

TEST(MrzReaderTest, UncertainVisualReadingIsNotAConflict) {
  const auto pages = passport_page("JOHANSSON", "12 AUG/AOÛT 74", 0.5f);
  const auto e = read(pages, "passport");
  ASSERT_TRUE(e);
  const Check* c = find_check(*e, "consistency.mrz_viz.surname");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->result, CheckResult::kSkipped);
  EXPECT_FALSE(e->fields.find("surname")->review.required);
}

TEST(MrzReaderTest, SidewaysPageThatOcrReadAsItIs) {
  // OCR read a page lying on its side without turning it (rotation 0): its
  // lines run down the page. Below a label is then to the left of it.
  auto lines = visual_zone("ERIKSSON", "12.08.1974");
  for (auto& l : mrz_words({kTd3Line1, kTd3Line2})) lines.push_back(l);
  for (auto& l : lines) {
    for (auto& w : l) w.box = from_upright(w.box, 270);
  }
  const std::vector<ocr::Page> pages{page_of(lines, TextSource::kOcr, 0, 0.95f)};
  EXPECT_EQ(reading_rotation(pages[0].text), 270);
  const auto e = read(pages, "passport");
  ASSERT_TRUE(e);
  for (const char* f : {"surname", "document_number", "date_of_birth", "date_of_expiry"}) {
    const Check* c = find_check(*e, std::string("consistency.mrz_viz.") + f);
    ASSERT_NE(c, nullptr) << f;
    EXPECT_EQ(c->result, CheckResult::kPass) << f << ": " << c->message;
  }
  const BBox surname = e->fields.find("surname")->source[0].bbox;
  const BBox want = from_upright({0.1 + 0.8 * 5 / 44, 0.8, 0.1 + 0.8 * 13 / 44, 0.82}, 270);
  EXPECT_NEAR(surname.x0, want.x0, 1e-6);
  EXPECT_NEAR(surname.y0, want.y0, 1e-6);
  EXPECT_NEAR(surname.y1, want.y1, 1e-6);
}

TEST(MrzReaderTest, MissingVisualZoneIsSkippedNotFailed) {
  const std::vector<ocr::Page> pages{page_of(mrz_words({kTd3Line1, kTd3Line2}))};
  const auto e = read(pages, "passport");
  ASSERT_TRUE(e);
  const Check* c = find_check(*e, "consistency.mrz_viz.surname");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->result, CheckResult::kSkipped);
  EXPECT_EQ(find_check(*e, "consistency.mrz_viz.given_names"), nullptr);  // compared only when shown
}

TEST(MrzVisualCheckTest, NamesCompareAfterIcaoTransliteration) {
  EXPECT_EQ(mrz_name_key("Müller"), "MUELLER");
  EXPECT_EQ(mrz_name_key("MÜLLER", true), "MULLER");
  EXPECT_EQ(mrz_name_key("Ångström"), "AANGSTROEM");
  EXPECT_EQ(mrz_name_key("O'Brien-Núñez"), "OBRIENNUNEZ");
  EXPECT_EQ(mrz_name_key("Weiß"), "WEISS");
  const std::vector<ocr::Page> none;
  auto check = [&](const std::string& printed, const std::string& mrz) {
    const std::vector<VisualValue> shown{{"surname", printed, SourceRef{1, {0.1, 0.1, 0.2, 0.12}, printed}, 0.95}};
    return check_against_visual({{"surname", mrz}}, shown, none).at(0).result;
  };
  EXPECT_EQ(check("MÜLLER", "MUELLER"), CheckResult::kPass);
  EXPECT_EQ(check("MULLER", "MUELLER"), CheckResult::kPass);  // OCR lost the umlaut
  EXPECT_EQ(check("ÅSA", "AASA"), CheckResult::kPass);
  EXPECT_EQ(check("ASA", "AASA"), CheckResult::kPass);
  EXPECT_EQ(check("HAAS", "HAAS"), CheckResult::kPass);
  EXPECT_EQ(check("ROSSI-NÚÑEZ", "ROSSI NUNEZ"), CheckResult::kPass);
  EXPECT_EQ(check("ERIKSS0N", "ERIKSSON"), CheckResult::kSkipped);  // an OCR near-miss
  EXPECT_EQ(check("SCHMIDT", "MUELLER"), CheckResult::kFail);
}

}  // namespace
}  // namespace kycx::extractors::mrz
