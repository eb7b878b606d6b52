// read_drivers_license: barcode fields, their checks, the front cross-check,
// and the front-only fallback. Synthetic people only.
#include "extractors/licence/licence_reader.hpp"

#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/json.hpp"
#include "extractors/barcode/barcode_reader.hpp"

namespace kycx::extractors::licence {
namespace {

struct Licence {
  std::string payload;
  Json fields;
};

Licence first_licence() {
  std::ifstream in("tests/data/barcode/aamva_payloads.jsonl");
  std::string line;
  Licence l;
  if (std::getline(in, line)) {
    const Json doc = Json::parse(line);
    l.payload = doc.at("payload").get<std::string>();
    l.fields = doc.at("fields");
  }
  return l;
}

// One OCR line per string; words on a grid, all read with `confidence`.
ocr::Page front_page(const std::vector<std::string>& lines, float confidence = 0.95f) {
  PageInfo info;
  ocr::PageTextBuilder b(info);
  b.begin_block();
  double y = 0.1;
  for (const auto& line : lines) {
    b.begin_line();
    double x = 0.35;
    size_t start = 0;
    while (start < line.size()) {
      size_t end = line.find(' ', start);
      if (end == std::string::npos) end = line.size();
      const std::string word = line.substr(start, end - start);
      if (!word.empty()) b.add_word(word, BBox{x, y, x + 0.012 * word.size(), y + 0.05}, confidence);
      x += 0.012 * word.size() + 0.01;
      start = end + 1;
    }
    y += 0.07;
  }
  ocr::Page p;
  p.text = std::move(b).finish();
  return p;
}

std::string f(const Licence& l, const char* name) {
  return l.fields.at(name).get<std::string>();
}

// "2003-04-14" as a Canadian card prints it: "2003/04/14".
std::string printed(const std::string& iso) {
  std::string s = iso;
  std::replace(s.begin(), s.end(), '-', '/');
  return s;
}

std::vector<std::string> front_lines(const Licence& l, const std::string& dob) {
  return {"DRIVER'S LICENCE / PERMIS DE CONDUIRE",
          "NUMBER/NUMERO " + f(l, "document_number"),
          "LN " + f(l, "surname"),
          "FN " + f(l, "given_names"),
          "ADDR " + f(l, "address_street"),
          f(l, "address_city") + ", " + f(l, "address_state") + " " + f(l, "address_postal_code"),
          "DOB " + dob,
          "ISS " + printed(f(l, "date_of_issue")) + " EXP " + printed(f(l, "date_of_expiry")),
          "SEX " + f(l, "sex")};
}

const Check* find_check(const Extraction& e, const std::string& rule) {
  for (const auto& c : e.checks) {
    if (c.rule == rule) return &c;
  }
  return nullptr;
}

BarcodeHit hit_on_page(int page, std::string payload) {
  BarcodeHit h;
  h.payload = std::move(payload);
  h.decoded = !h.payload.empty();
  h.page_index = page;
  h.box = BBox{0.1, 0.1, 0.9, 0.5};
  return h;
}

TEST(BarcodeLicenseReaderTest, BarcodeFieldsAgreeingWithTheFront) {
  const Licence l = first_licence();
  if (l.payload.empty()) GTEST_SKIP() << "tests/data/barcode/aamva_payloads.jsonl not found";
  std::vector<ocr::Page> pages{front_page(front_lines(l, printed(f(l, "date_of_birth")))), ocr::Page{}};
  const ExtractContext context{.pages = pages, .ocr = nullptr, .precise_ocr = nullptr, .render = {}};
  const auto reading = read_drivers_license(context, {hit_on_page(1, l.payload)});
  ASSERT_TRUE(reading);
  const Extraction& e = reading->extraction;
  EXPECT_EQ(reading->barcode_page, 1);
  ASSERT_TRUE(reading->record);
  EXPECT_EQ(reading->record->jurisdiction, "QC");
  EXPECT_EQ(e.fields.size(), 12u);
  for (const auto& [name, truth] : l.fields.items()) {
    const Field* field = e.fields.find(name);
    ASSERT_NE(field, nullptr) << name;
    EXPECT_EQ(field->value, truth) << name;
    EXPECT_EQ(field->method, Method::kBarcode) << name;
    ASSERT_FALSE(field->source.empty());
    EXPECT_EQ(field->source[0].page, 2);
    EXPECT_EQ(field->source[0].bbox, (BBox{0.1, 0.1, 0.9, 0.5}));
    EXPECT_FALSE(field->evidence.self_checked);
    EXPECT_DOUBLE_EQ(field->evidence.ocr_confidence, 1.0);
    EXPECT_FALSE(field->review.required) << name;
  }
  EXPECT_EQ(e.fields.find("date_of_birth")->source[0].text, "20030414");  // DBB as encoded (Canada: CCYYMMDD)
  EXPECT_EQ(e.fields.begin()->first, "document_number");                  // schema order
  for (const char* rule : {"aamva.barcode_present", "aamva.header", "aamva.date.date_of_birth",
                           "aamva.date.date_of_expiry", "consistency.barcode_front.document_number",
                           "consistency.barcode_front.surname", "consistency.barcode_front.date_of_birth",
                           "consistency.barcode_front.date_of_expiry", "consistency.barcode_front.address_city"}) {
    const Check* c = find_check(e, rule);
    ASSERT_NE(c, nullptr) << rule;
    EXPECT_EQ(c->result, CheckResult::kPass) << rule << ": " << c->message;
  }
  const Field* surname = e.fields.find("surname");
  EXPECT_EQ(surname->evidence.readings, 2);
  EXPECT_TRUE(surname->evidence.readings_agree);
  ASSERT_EQ(surname->source.size(), 2u);
  EXPECT_EQ(surname->source[1].page, 1);
  EXPECT_EQ(surname->source[1].text, f(l, "surname"));
  EXPECT_EQ(e.extractors, (std::vector<std::string>{"barcode"}));
}

TEST(BarcodeLicenseReaderTest, AFrontThatDisagreesIsAConflict) {
  const Licence l = first_licence();
  if (l.payload.empty()) GTEST_SKIP() << "fixture not found";
  std::vector<ocr::Page> pages{front_page(front_lines(l, "1961/11/02")), ocr::Page{}};
  const ExtractContext context{.pages = pages, .ocr = nullptr, .precise_ocr = nullptr, .render = {}};
  const auto reading = read_drivers_license(context, {hit_on_page(1, l.payload)});
  ASSERT_TRUE(reading);
  const Check* c = find_check(reading->extraction, "consistency.barcode_front.date_of_birth");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->result, CheckResult::kFail);
  const Field* dob = reading->extraction.fields.find("date_of_birth");
  EXPECT_EQ(dob->value, f(l, "date_of_birth"));  // the barcode's value stays; a person decides
  EXPECT_FALSE(dob->evidence.readings_agree);
  EXPECT_EQ(dob->evidence.readings, 2);
  EXPECT_EQ(dob->review.reasons, (std::vector<std::string>{"conflict"}));
}

TEST(BarcodeLicenseReaderTest, ABackOnlyPhotoSkipsTheComparisons) {
  const Licence l = first_licence();
  if (l.payload.empty()) GTEST_SKIP() << "fixture not found";
  std::vector<ocr::Page> pages{front_page({"This card is the property of the Province of Quebec."})};
  const ExtractContext context{.pages = pages, .ocr = nullptr, .precise_ocr = nullptr, .render = {}};
  const auto reading = read_drivers_license(context, {hit_on_page(0, l.payload)});
  ASSERT_TRUE(reading);
  EXPECT_EQ(reading->extraction.fields.size(), 12u);
  const Check* c = find_check(reading->extraction, "consistency.barcode_front.surname");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->result, CheckResult::kSkipped);
  EXPECT_EQ(find_check(reading->extraction, "consistency.barcode_front.address_street"), nullptr);
  for (const auto& [name, field] : reading->extraction.fields) EXPECT_FALSE(field.review.required) << name;
}

TEST(BarcodeLicenseReaderTest, WithoutABarcodeTheFrontFillsTheFields) {
  const Licence l = first_licence();
  if (l.payload.empty()) GTEST_SKIP() << "fixture not found";
  std::vector<ocr::Page> pages{front_page(front_lines(l, printed(f(l, "date_of_birth"))), 0.9f)};
  const ExtractContext context{.pages = pages, .ocr = nullptr, .precise_ocr = nullptr, .render = {}};
  const auto reading = read_drivers_license(context, {});
  ASSERT_TRUE(reading);
  const Extraction& e = reading->extraction;
  EXPECT_FALSE(reading->record);
  const Check* present = find_check(e, "aamva.barcode_present");
  ASSERT_NE(present, nullptr);
  EXPECT_EQ(present->result, CheckResult::kFail);
  EXPECT_NE(present->message.find("no PDF417"), std::string::npos);
  for (const char* name :
       {"document_number", "surname", "given_names", "date_of_birth", "date_of_issue", "date_of_expiry", "sex",
        "address_street", "address_city", "address_state", "address_postal_code"}) {
    const Field* field = e.fields.find(name);
    ASSERT_NE(field, nullptr) << name;
    EXPECT_EQ(field->value, l.fields.at(name)) << name;
    EXPECT_EQ(field->method, Method::kOcrRules);
    EXPECT_FLOAT_EQ(static_cast<float>(field->evidence.ocr_confidence), 0.9f);
  }
  EXPECT_EQ(e.fields.find("issuing_jurisdiction"), nullptr);  // the front prints a name, not the code
  EXPECT_EQ(e.extractors, (std::vector<std::string>{"ocr_rules"}));
}

TEST(BarcodeLicenseReaderTest, AnUnreadableBarcodeIsSaidSo) {
  std::vector<ocr::Page> pages{front_page({"This card is the property of the State of Ohio."})};
  const ExtractContext context{.pages = pages, .ocr = nullptr, .precise_ocr = nullptr, .render = {}};
  const auto reading = read_drivers_license(context, {hit_on_page(0, "")});
  ASSERT_TRUE(reading);
  EXPECT_TRUE(reading->extraction.fields.empty());
  const Check* present = find_check(reading->extraction, "aamva.barcode_present");
  ASSERT_NE(present, nullptr);
  EXPECT_EQ(present->result, CheckResult::kFail);
  EXPECT_NE(present->message.find("could not be decoded"), std::string::npos);
}

TEST(BarcodeLicenseReaderTest, NothingLicenceLikeGivesNothing) {
  std::vector<ocr::Page> pages{front_page({"Quarterly statement", "Thank you for banking with us"})};
  const ExtractContext context{.pages = pages, .ocr = nullptr, .precise_ocr = nullptr, .render = {}};
  EXPECT_FALSE(read_drivers_license(context, {}));
  EXPECT_FALSE(read_drivers_license(context, {hit_on_page(0, "https://example.com/coupon/77")}));
}

TEST(BarcodeLicenseReaderTest, ParserProblemsBecomeFailedChecksAndReviewReasons) {
  Licence l = first_licence();
  if (l.payload.empty()) GTEST_SKIP() << "fixture not found";
  // The family name marked truncated (DDE "T"), and the birth date made impossible.
  std::string payload = l.payload;
  payload.replace(payload.find("DDEN"), 4, "DDET");
  payload.replace(payload.find("DBB") + 3, 8, "20031345");
  std::vector<ocr::Page> pages{ocr::Page{}};
  const ExtractContext context{.pages = pages, .ocr = nullptr, .precise_ocr = nullptr, .render = {}};
  const auto reading = read_drivers_license(context, {hit_on_page(0, payload)});
  ASSERT_TRUE(reading);
  const Extraction& e = reading->extraction;
  const Field* surname = e.fields.find("surname");
  ASSERT_NE(surname, nullptr);
  EXPECT_TRUE(surname->review.required);
  EXPECT_EQ(surname->review.reasons, (std::vector<std::string>{"check_failed:aamva.truncation"}));
  EXPECT_LT(surname->evidence.ocr_confidence, 1.0);
  const Check* truncation = find_check(e, "aamva.truncation");
  ASSERT_NE(truncation, nullptr);
  EXPECT_EQ(truncation->result, CheckResult::kFail);
  EXPECT_EQ(truncation->fields, (std::vector<std::string>{"surname"}));
  EXPECT_EQ(e.fields.find("date_of_birth"), nullptr);
  const Check* dob = find_check(e, "aamva.date.date_of_birth");
  ASSERT_NE(dob, nullptr);
  EXPECT_EQ(dob->result, CheckResult::kFail);
  for (const auto& c : e.checks) EXPECT_EQ(c.message.find("THOMPSON"), std::string::npos) << "no PII in messages";
}

}  // namespace
}  // namespace kycx::extractors::licence
