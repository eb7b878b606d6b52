#include "extractors/licence/license_front_check.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace kycx::extractors::licence {
namespace {

FrontLine line(const std::vector<std::string>& words, double confidence = 0.95) {
  FrontLine l;
  double x = 0.1;
  for (const auto& w : words) {
    l.words.push_back(FrontWord{w, BBox{x, 0.2, x + 0.05, 0.25}, confidence});
    x += 0.06;
  }
  return l;
}

FrontValue read(const std::string& value, double confidence = 0.95, const std::string& raw = "") {
  FrontValue v;
  v.value = value;
  v.confidence = confidence;
  v.source = SourceRef{1, BBox{0.1, 0.2, 0.3, 0.25}, raw.empty() ? value : raw};
  v.labelled = true;
  return v;
}

CheckResult result(const std::map<std::string, std::string>& barcode, const LicenseFront& front) {
  const auto checks = check_against_front(barcode, front);
  EXPECT_EQ(checks.size(), 1u);
  return checks.empty() ? CheckResult::kSkipped : checks[0].result;
}

TEST(LicenseFrontCheckTest, AgreeingReadingPasses) {
  LicenseFront front;
  front.fields["date_of_birth"] = read("1990-08-14");
  const auto checks = check_against_front({{"date_of_birth", "1990-08-14"}}, front);
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_EQ(checks[0].result, CheckResult::kPass);
  ASSERT_TRUE(checks[0].front_source);
  EXPECT_EQ(checks[0].front_source->page, 1);
}

TEST(LicenseFrontCheckTest, FindsTheValueAmongTheWordsWhenNoLabelWasRead) {
  LicenseFront front;
  front.lines = {line({"sd", "0.", "363", "168408"}), line({"in", "QUILL", "FEATHER-SMITH"}),
                 line({"pos", "08/14/1990"})};
  EXPECT_EQ(result({{"document_number", "363168408"}}, front), CheckResult::kPass);
  EXPECT_EQ(result({{"surname", "QUILL FEATHER SMITH"}}, front), CheckResult::kPass);
  EXPECT_EQ(result({{"date_of_birth", "1990-08-14"}}, front), CheckResult::kPass);
  EXPECT_EQ(result({{"date_of_expiry", "2030-08-14"}}, front), CheckResult::kSkipped);
}

TEST(LicenseFrontCheckTest, OcrConfusionsAreNotConflicts) {
  LicenseFront front;
  front.fields["document_number"] = read("S12O4567");
  EXPECT_EQ(result({{"document_number", "512045678"}}, front), CheckResult::kSkipped);  // one digit lost: near
  EXPECT_EQ(result({{"document_number", "S1204567"}}, front), CheckResult::kPass);      // O read for 0
  front.fields["address_street"] = read("8116 S SUNSET DRIVE");                         // field number glued on
  EXPECT_EQ(result({{"address_street", "116 S SUNSET DRIVE"}}, front), CheckResult::kSkipped);
}

TEST(LicenseFrontCheckTest, AConfidentDifferentReadingFails) {
  LicenseFront front;
  front.fields["surname"] = read("MARTINEZ");
  front.fields["date_of_birth"] = read("1971-02-03");
  const auto checks = check_against_front({{"surname", "QUILLFEATHER"}, {"date_of_birth", "1990-08-14"}}, front);
  ASSERT_EQ(checks.size(), 2u);
  for (const auto& c : checks) {
    EXPECT_EQ(c.result, CheckResult::kFail) << c.field;
    EXPECT_EQ(c.message.find("MARTINEZ"), std::string::npos) << "messages carry no personal data";
  }
}

TEST(LicenseFrontCheckTest, ANumberPlacedOnlyByLayoutIsNoEvidenceOfAConflict) {
  LicenseFront front;
  front.fields["document_number"] = read("A1D21A3D73");
  front.fields["document_number"].labelled = false;
  EXPECT_EQ(result({{"document_number", "WDL0B5VAMSEH"}}, front), CheckResult::kSkipped);
  front.fields["surname"] = read("MARTINEZ");
  front.fields["surname"].labelled = false;  // names are placed by a firmer layout: between number and address
  EXPECT_EQ(result({{"surname", "QUILLFEATHER"}}, front), CheckResult::kFail);
}

TEST(LicenseFrontCheckTest, AnUncertainDifferentReadingIsSkipped) {
  LicenseFront front;
  front.fields["surname"] = read("MARTINEZ", 0.4);
  EXPECT_EQ(result({{"surname", "QUILLFEATHER"}}, front), CheckResult::kSkipped);
}

TEST(LicenseFrontCheckTest, ShortCodesAreComparedOnlyWhenRead) {
  LicenseFront front;
  front.lines = {line({"SEX", "F"})};
  EXPECT_EQ(result({{"sex", "F"}}, front), CheckResult::kSkipped);  // a lone letter found anywhere proves nothing
  front.fields["sex"] = read("F");
  EXPECT_EQ(result({{"sex", "F"}}, front), CheckResult::kPass);
  front.fields["sex"] = read("M");
  EXPECT_EQ(result({{"sex", "F"}}, front), CheckResult::kFail);
}

}  // namespace
}  // namespace kycx::extractors::licence
