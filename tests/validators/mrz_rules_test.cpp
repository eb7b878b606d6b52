#include "validators/mrz_rules.hpp"

#include <gtest/gtest.h>

#include "tests/validators/rule_test_support.hpp"

namespace kycx::validators {
namespace {

using testing::run;

// ICAO 9303 specimens of the fictitious state Utopia.
const char* const kTd3Line2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
const Json kTd1 =
    Json::array({"I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"});
const Json kTd2 = Json::array({"I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"});

constexpr RuleCheck kAllChecks[] = {check_mrz_document_number, check_mrz_date_of_birth, check_mrz_date_of_expiry,
                                    check_mrz_composite};

RuleOutcome on_line2(RuleCheck check, const Json& line2) {
  return run(check, {"document_number", "mrz_line2"}, {{"document_number", "L898902C3"}, {"mrz_line2", line2}});
}

RuleOutcome on_lines(RuleCheck check, const Json& lines) {
  return run(check, {"mrz_lines"}, {{"mrz_lines", lines}});
}

std::string with(std::string line, size_t position, char c) {
  line.replace(position, 1, 1, c);
  return line;
}

TEST(MrzRulesTest, Td3SpecimenPassesEveryCheckDigit) {
  for (RuleCheck check : kAllChecks) EXPECT_EQ(on_line2(check, kTd3Line2).result, CheckResult::kPass);
  EXPECT_EQ(on_line2(check_mrz_personal_number, kTd3Line2).result, CheckResult::kPass);
}

TEST(MrzRulesTest, Td3WrongDigitFailsItsCheckAndTheComposite) {
  const std::string bad_birth = with(kTd3Line2, 19, '3');
  EXPECT_EQ(on_line2(check_mrz_date_of_birth, bad_birth).result, CheckResult::kFail);
  EXPECT_EQ(on_line2(check_mrz_document_number, bad_birth).result, CheckResult::kPass);
  EXPECT_EQ(on_line2(check_mrz_composite, bad_birth).result, CheckResult::kFail);
  const auto outcome = on_line2(check_mrz_document_number, with(kTd3Line2, 9, '7'));
  EXPECT_EQ(outcome.result, CheckResult::kFail);
  EXPECT_EQ(testing::detail(outcome, "problem"), "does not match");
}

TEST(MrzRulesTest, Td3ExpiryAndPersonalNumberDigits) {
  EXPECT_EQ(on_line2(check_mrz_date_of_expiry, with(kTd3Line2, 27, '0')).result, CheckResult::kFail);
  EXPECT_EQ(on_line2(check_mrz_personal_number, with(kTd3Line2, 42, '2')).result, CheckResult::kFail);
}

TEST(MrzRulesTest, LetterOInACheckDigitFails) {
  EXPECT_EQ(on_line2(check_mrz_composite, with(kTd3Line2, 43, 'O')).result, CheckResult::kFail);
}

TEST(MrzRulesTest, EmptyPersonalNumberMayHaveFillerOrZeroDigit) {
  const std::string filler = "L898902C36UTO7408122F1204159<<<<<<<<<<<<<<<8";
  EXPECT_EQ(on_line2(check_mrz_personal_number, filler).result, CheckResult::kPass);
  EXPECT_EQ(on_line2(check_mrz_composite, filler).result, CheckResult::kPass);
  EXPECT_EQ(on_line2(check_mrz_personal_number, with(filler, 42, '0')).result, CheckResult::kPass);
  EXPECT_EQ(on_line2(check_mrz_personal_number, with(filler, 42, '1')).result, CheckResult::kFail);
}

TEST(MrzRulesTest, CharactersOutsideTheMrzAlphabetFail) {
  const auto outcome = on_line2(check_mrz_document_number, with(kTd3Line2, 2, 'x'));
  EXPECT_EQ(outcome.result, CheckResult::kFail);
  EXPECT_EQ(testing::detail(outcome, "problem"), "holds characters that are not allowed in an MRZ");
}

TEST(MrzRulesTest, Td3AsTwoLinesInMrzLines) {
  const Json lines = Json::array({"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", kTd3Line2});
  for (RuleCheck check : kAllChecks) EXPECT_EQ(on_lines(check, lines).result, CheckResult::kPass);
}

TEST(MrzRulesTest, Td1SpecimenPasses) {
  for (RuleCheck check : kAllChecks) EXPECT_EQ(on_lines(check, kTd1).result, CheckResult::kPass);
}

TEST(MrzRulesTest, Td1WrongDigitsFail) {
  Json bad = kTd1;
  bad[0] = with(kTd1[0].get<std::string>(), 14, '8');
  EXPECT_EQ(on_lines(check_mrz_document_number, bad).result, CheckResult::kFail);
  EXPECT_EQ(on_lines(check_mrz_composite, bad).result, CheckResult::kFail);
  bad = kTd1;
  bad[1] = with(kTd1[1].get<std::string>(), 29, '5');
  EXPECT_EQ(on_lines(check_mrz_composite, bad).result, CheckResult::kFail);
  EXPECT_EQ(on_lines(check_mrz_date_of_birth, bad).result, CheckResult::kPass);
}

TEST(MrzRulesTest, Td1OptionalDataIsInTheComposite) {
  Json bad = kTd1;
  bad[0] = with(kTd1[0].get<std::string>(), 20, '1');
  EXPECT_EQ(on_lines(check_mrz_document_number, bad).result, CheckResult::kPass);
  EXPECT_EQ(on_lines(check_mrz_composite, bad).result, CheckResult::kFail);
}

TEST(MrzRulesTest, Td1LongDocumentNumberContinuesInOptionalData) {
  // ICAO 9303 Part 5: D23145890734, truncated after 9 characters, '<' in the
  // check digit's place, the rest and its check digit in the optional data.
  const Json lines = Json::array(
      {"I<UTOD23145890<7349<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"});
  EXPECT_EQ(on_lines(check_mrz_document_number, lines).result, CheckResult::kPass);
  EXPECT_EQ(on_lines(check_mrz_composite, lines).result, CheckResult::kPass);
  Json bad = lines;
  bad[0] = with(lines[0].get<std::string>(), 18, '8');
  EXPECT_EQ(on_lines(check_mrz_document_number, bad).result, CheckResult::kFail);
}

TEST(MrzRulesTest, Td2SpecimenPasses) {
  for (RuleCheck check : kAllChecks) EXPECT_EQ(on_lines(check, kTd2).result, CheckResult::kPass);
  Json bad = kTd2;
  bad[1] = with(kTd2[1].get<std::string>(), 35, '7');
  EXPECT_EQ(on_lines(check_mrz_composite, bad).result, CheckResult::kFail);
}

TEST(MrzRulesTest, PersonalNumberDigitIsTd3Only) {
  EXPECT_EQ(on_lines(check_mrz_personal_number, kTd1).result, CheckResult::kSkipped);
  EXPECT_EQ(on_lines(check_mrz_personal_number, kTd2).result, CheckResult::kSkipped);
}

TEST(MrzRulesTest, SkipsWhenTheMrzIsMissingOrNotALayout) {
  EXPECT_EQ(on_line2(check_mrz_composite, nullptr).result, CheckResult::kSkipped);
  EXPECT_EQ(on_line2(check_mrz_composite, std::string(kTd3Line2).substr(0, 43)).result, CheckResult::kSkipped);
  EXPECT_EQ(on_lines(check_mrz_composite, Json::array({"I<UTO"})).result, CheckResult::kSkipped);
  EXPECT_EQ(on_lines(check_mrz_composite, Json::array({1, 2})).result, CheckResult::kSkipped);
  // Only the MRZ (the last argument) is needed: other covered fields may be missing.
  EXPECT_EQ(run(check_mrz_composite, {"personal_number", "mrz_line2"}, {{"mrz_line2", kTd3Line2}}).result,
            CheckResult::kPass);
}

}  // namespace
}  // namespace kycx::validators
