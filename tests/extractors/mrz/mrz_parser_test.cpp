#include "extractors/mrz/mrz_parser.hpp"

#include <gtest/gtest.h>

#include "core/checksums.hpp"
#include "tests/extractors/mrz/mrz_examples.hpp"

namespace kycx::extractors::mrz {
namespace {

const Date kToday{2026, 11, 1};

MrzParseOptions options() {
  MrzParseOptions o;
  o.today = kToday;
  return o;
}

std::optional<MrzParse> parse(std::vector<std::string> lines) {
  return parse_mrz(lines, options());
}

char check_digit(std::string_view s) {
  return static_cast<char>('0' + *icao_check_digit(s));
}

// TD3 line 2 with correct check digits from its parts.
std::string td3_line2(std::string number, std::string nationality, std::string birth, char sex, std::string expiry,
                      std::string personal) {
  number.resize(9, '<');
  nationality.resize(3, '<');
  personal.resize(14, '<');
  const bool empty = personal == std::string(14, '<');
  std::string line = number + check_digit(number) + nationality + birth + check_digit(birth) + sex + expiry +
                     check_digit(expiry) + personal + (empty ? '<' : check_digit(personal));
  const std::string composite = line.substr(0, 10) + line.substr(13, 7) + line.substr(21, 22);
  return line + check_digit(composite);
}

const std::vector<std::string> kTd3 = {"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                                       "L898902C36UTO7408122F1204159ZE184226B<<<<<10"};
const std::vector<std::string>& kTd1 = testing::kSpecimenTd1;
const std::vector<std::string> kTd2 = {"I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"};

TEST(MrzParserTest, ParsesTd3Specimen) {
  auto p = parse(kTd3);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->format, MrzFormat::kTd3);
  EXPECT_TRUE(p->all_checks_passed());
  EXPECT_EQ(p->checks.size(), 5u);
  EXPECT_EQ(p->document_code, "P");
  EXPECT_EQ(p->issuing_country, "UTO");
  EXPECT_EQ(p->nationality, "UTO");
  EXPECT_EQ(p->surname, "ERIKSSON");
  EXPECT_EQ(p->given_names, "ANNA MARIA");
  EXPECT_FALSE(p->name_truncated);
  EXPECT_EQ(p->document_number, "L898902C3");
  EXPECT_EQ(p->date_of_birth, (Date{1974, 8, 12}));
  EXPECT_EQ(p->date_of_expiry, (Date{2012, 4, 15}));
  EXPECT_EQ(p->sex, "F");
  EXPECT_EQ(p->optional_data, "ZE184226B");
  EXPECT_EQ(p->lines, kTd3);
  for (const auto& c : p->checks) EXPECT_FALSE(c.repaired);
}

TEST(MrzParserTest, ParsesTd1Specimen) {
  auto p = parse(kTd1);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->format, MrzFormat::kTd1);
  EXPECT_TRUE(p->all_checks_passed());
  EXPECT_EQ(p->checks.size(), 4u);
  EXPECT_EQ(p->document_code, "I");
  EXPECT_EQ(p->document_number, "D23145890");
  EXPECT_EQ(p->surname, "ERIKSSON");
  EXPECT_EQ(p->given_names, "ANNA MARIA");
  EXPECT_EQ(p->date_of_birth, (Date{1974, 8, 12}));
  EXPECT_EQ(p->date_of_expiry, (Date{2012, 4, 15}));
  EXPECT_EQ(p->nationality, "UTO");
  EXPECT_EQ(p->optional_data, "");
}

TEST(MrzParserTest, ParsesTd2Specimen) {
  auto p = parse(kTd2);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->format, MrzFormat::kTd2);
  EXPECT_TRUE(p->all_checks_passed());
  EXPECT_EQ(p->document_number, "D23145890");
  EXPECT_EQ(p->surname, "ERIKSSON");
  EXPECT_EQ(p->given_names, "ANNA MARIA");
  EXPECT_EQ(p->sex, "F");
  EXPECT_EQ(p->date_of_expiry, (Date{2012, 4, 15}));
}

TEST(MrzParserTest, GermanCountryCodeLosesItsFillers) {
  const std::string line2 = td3_line2("C01X00T47", "D", "640812", 'F', "271031", "");
  auto p = parse({"P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<", line2});
  ASSERT_TRUE(p);
  EXPECT_TRUE(p->all_checks_passed());
  EXPECT_EQ(p->issuing_country, "D");
  EXPECT_EQ(p->nationality, "D");
  EXPECT_EQ(p->surname, "MUSTERMANN");
  EXPECT_EQ(p->given_names, "ERIKA");
  EXPECT_EQ(p->optional_data, "");  // all-filler personal number with a '<' check digit passes

  auto td1 =
      parse({"IDD<<T220001293<<<<<<<<<<<<<<<", "6408125F3010312D<<<<<<<<<<<<<2", "MUSTERMANN<<ERIKA<<<<<<<<<<<<<"});
  ASSERT_TRUE(td1);
  EXPECT_TRUE(td1->all_checks_passed());
  EXPECT_EQ(td1->document_code, "ID");
  EXPECT_EQ(td1->issuing_country, "D");
  EXPECT_EQ(td1->nationality, "D");
}

TEST(MrzParserTest, RepairsOAndZeroWithCheckDigit) {
  auto p = parse({kTd3[0], "L8989O2C36UTO7408122F1204159ZE184226B<<<<<10"});
  ASSERT_TRUE(p);
  EXPECT_TRUE(p->all_checks_passed());
  EXPECT_EQ(p->document_number, "L898902C3");
  const MrzCheckOutcome* c = p->check(MrzCheckKind::kDocumentNumber);
  ASSERT_NE(c, nullptr);
  EXPECT_TRUE(c->repaired);
  EXPECT_TRUE(p->repaired({1, 0, 9}));
  EXPECT_FALSE(p->repaired({1, 13, 6}));
}

TEST(MrzParserTest, RepairsPersonalNumberWithItsCheckDigit) {
  // 4 read as A in the alphanumeric personal number: one correction satisfies its check digit.
  auto p = parse({kTd3[0], "L898902C36UTO7408122F1204159ZE18A226B<<<<<10"});
  ASSERT_TRUE(p);
  EXPECT_TRUE(p->all_checks_passed());
  EXPECT_EQ(p->optional_data, "ZE184226B");
  EXPECT_TRUE(p->check(MrzCheckKind::kOptionalData)->repaired);
}

TEST(MrzParserTest, FillerReadAsKInPaddingIsAFiller) {
  // 'K' weighs 0 mod 10, so check digits cannot see it; padding can.
  auto p = parse({kTd3[0], "L898902C36UTO7408122F1204159ZE184226B<<K<<10"});
  ASSERT_TRUE(p);
  EXPECT_TRUE(p->all_checks_passed());
  EXPECT_EQ(p->optional_data, "ZE184226B");
}

TEST(MrzParserTest, AmbiguousLetterDigitRepairIsFlagged) {
  // Z/2 at the start and B/8 in the middle change both check sums alike.
  auto p = parse({kTd3[0], "L898902C36UTO7408122F1204159ZE1B4226B<<<<<10"});
  ASSERT_TRUE(p);
  EXPECT_FALSE(p->all_checks_passed());
  EXPECT_TRUE(p->check(MrzCheckKind::kOptionalData)->ambiguous);
  EXPECT_EQ(p->optional_data, "ZE1B4226B");
}

TEST(MrzParserTest, MapsLettersToDigitsInDatePositions) {
  auto p = parse({kTd3[0], "L898902C36UTO74O8I22F12O4I59ZE184226B<<<<<1O"});
  ASSERT_TRUE(p);
  EXPECT_TRUE(p->all_checks_passed());
  EXPECT_EQ(p->date_of_birth, (Date{1974, 8, 12}));
  EXPECT_EQ(p->date_of_expiry, (Date{2012, 4, 15}));
  EXPECT_TRUE(p->check(MrzCheckKind::kDateOfBirth)->repaired);
}

TEST(MrzParserTest, MapsDigitsToLettersInNamesAndCodes) {
  auto p = parse({"P<UT0ERIKSS0N<<ANNA<MAR1A<<<<<<<<<<<<<<<<<<<", "L898902C36UT07408122F1204159ZE184226B<<<<<10"});
  ASSERT_TRUE(p);
  EXPECT_EQ(p->issuing_country, "UTO");
  EXPECT_EQ(p->nationality, "UTO");
  EXPECT_EQ(p->surname, "ERIKSSON");
  EXPECT_EQ(p->given_names, "ANNA MARIA");
  EXPECT_TRUE(p->repaired({0, 5, 39}));
}

TEST(MrzParserTest, RepairsMisreadBirthDateDigitWhenCompositeConfirms) {
  // '8' read as '6': the date's check digit and the composite together allow one correction.
  auto p = parse({kTd3[0], "L898902C36UTO7406122F1204159ZE184226B<<<<<10"});
  ASSERT_TRUE(p);
  EXPECT_TRUE(p->all_checks_passed());
  EXPECT_EQ(p->date_of_birth, (Date{1974, 8, 12}));
  EXPECT_TRUE(p->check(MrzCheckKind::kDateOfBirth)->repaired);
}

TEST(MrzParserTest, DigitsFiveApartAreNotGuessed) {
  // '8' read as '3': changes of 5 look the same to every check digit (weights are odd),
  // so "240312", "740812" and "740317" all fit; nothing is changed.
  auto p = parse({kTd3[0], "L898902C36UTO7403122F1204159ZE184226B<<<<<10"});
  ASSERT_TRUE(p);
  EXPECT_FALSE(p->all_checks_passed());
  EXPECT_TRUE(p->check(MrzCheckKind::kDateOfBirth)->ambiguous);
  EXPECT_EQ(p->date_of_birth, (Date{1974, 3, 12}));
}

TEST(MrzParserTest, AmbiguousRepairIsFlaggedNotGuessed) {
  // With check digit 7 both "L89B902C3" and "L89890ZC3" would pass; the composite is unreadable.
  auto p = parse({kTd3[0], "L898902C37UTO7408122F1204159ZE184226B<<<<<1<"});
  ASSERT_TRUE(p);
  EXPECT_FALSE(p->all_checks_passed());
  const MrzCheckOutcome* c = p->check(MrzCheckKind::kDocumentNumber);
  ASSERT_NE(c, nullptr);
  EXPECT_FALSE(c->passed);
  EXPECT_TRUE(c->ambiguous);
  EXPECT_EQ(p->document_number, "L898902C3");  // left as read
  EXPECT_FALSE(c->message.empty());
  EXPECT_EQ(c->message.find("L898"), std::string::npos);  // messages carry no MRZ text
}

TEST(MrzParserTest, MisreadCheckDigitIsNotRepairedIntoAWrongNumber) {
  // The document number's check digit 6 read as 5: "LB98902C3" would satisfy it,
  // but the composite rejects that and accepts restoring the check digit.
  auto p = parse({kTd3[0], "L898902C35UTO7408122F1204159ZE184226B<<<<<10"});
  ASSERT_TRUE(p);
  EXPECT_EQ(p->document_number, "L898902C3");
  EXPECT_TRUE(p->all_checks_passed());
}

TEST(MrzParserTest, UnconfirmableErrorsStayFlagged) {
  // Both the number's check digit and the composite are wrong: whatever the
  // repair does, the result must not claim every check passed.
  auto p = parse({kTd3[0], "L898902C35UTO7408122F1204159ZE184226B<<<<<17"});
  ASSERT_TRUE(p);
  EXPECT_FALSE(p->all_checks_passed());
}

TEST(MrzParserTest, RealignsDroppedAndAddedFillers) {
  // One filler dropped from the name's padding, one added to the personal number's.
  auto p = parse({"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<<10"});
  ASSERT_TRUE(p);
  EXPECT_TRUE(p->all_checks_passed());
  EXPECT_EQ(p->lines, kTd3);
  // Two fillers dropped in TD1 optional data.
  auto td1 = parse({"I<UTOD231458907<<<<<<<<<<<<<", kTd1[1], kTd1[2]});
  ASSERT_TRUE(td1);
  EXPECT_TRUE(td1->all_checks_passed());
  EXPECT_EQ(td1->lines, kTd1);
}

TEST(MrzParserTest, RealignsADroppedDataCharacter) {
  // A digit of the expiry date lost: the line is realigned so the other fields still verify.
  auto p = parse({kTd3[0], "L898902C36UTO7408122F120459ZE184226B<<<<<10"});
  ASSERT_TRUE(p);
  EXPECT_EQ(p->format, MrzFormat::kTd3);
  EXPECT_TRUE(p->check(MrzCheckKind::kDocumentNumber)->passed);
  EXPECT_TRUE(p->check(MrzCheckKind::kDateOfBirth)->passed);
  EXPECT_FALSE(p->check(MrzCheckKind::kDateOfExpiry)->passed);
  EXPECT_EQ(p->document_number, "L898902C3");
  EXPECT_EQ(p->date_of_birth, (Date{1974, 8, 12}));
}

TEST(MrzParserTest, IgnoresSpacesNoiseAndSurroundingLines) {
  auto p =
      parse({"Date of expiry/Date d'expiration", "15 APR/AVR 12", "P<UTO ERIKSSON<<ANNA<MARIA <<<<<<<<<<< <<<<<<<<",
             "L898902C36 UTO7408122F1204159ZE184226B<<<<<10.", "-"});
  ASSERT_TRUE(p);
  EXPECT_TRUE(p->all_checks_passed());
  EXPECT_EQ(p->lines, kTd3);
}

TEST(MrzParserTest, ChevronLookalikesFromUntrainedOcr) {
  auto p = parse({"P<UTOERIKSSON«ANNA<MARIA<<<<<<<<<<<<sssssss", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"});
  ASSERT_TRUE(p);
  EXPECT_EQ(p->given_names, "ANNA MARIA");
  EXPECT_TRUE(p->all_checks_passed());
}

TEST(MrzParserTest, NoiseInNamePaddingIsDropped) {
  auto p = parse({"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<K<<<<<<<<<<<", kTd3[1]});
  ASSERT_TRUE(p);
  EXPECT_EQ(p->given_names, "ANNA MARIA");
  EXPECT_EQ(p->lines[0], kTd3[0]);
}

TEST(MrzParserTest, FlagsTruncatedNames) {
  auto p = parse({"P<UTOSTEVENSON<<PETER<JOHN<JAMES<ALEXANDERPA", kTd3[1]});
  ASSERT_TRUE(p);
  EXPECT_TRUE(p->name_truncated);
  EXPECT_EQ(p->surname, "STEVENSON");
  EXPECT_EQ(p->given_names, "PETER JOHN JAMES ALEXANDERPA");
}

TEST(MrzParserTest, UnspecifiedSexIsX) {
  const std::string line2 = td3_line2("L898902C3", "UTO", "740812", '<', "120415", "ZE184226B");
  auto p = parse({kTd3[0], line2});
  ASSERT_TRUE(p);
  EXPECT_TRUE(p->all_checks_passed());
  EXPECT_EQ(p->sex, "X");
}

TEST(MrzParserTest, RepairsFillerReadAsKInTd1OptionalData) {
  // TD1 optional data is covered only by the composite check digit.
  auto p = parse({"I<UTOD231458907<<<<<K<<<<<<<<<", kTd1[1], kTd1[2]});
  ASSERT_TRUE(p);
  EXPECT_TRUE(p->all_checks_passed());
  EXPECT_EQ(p->optional_data, "");
  EXPECT_TRUE(p->check(MrzCheckKind::kComposite)->repaired);
}

TEST(MrzParserTest, LongDocumentNumberContinuesInOptionalData) {
  auto p = parse({"I<UTOD23145890<1233<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<2", kTd1[2]});
  ASSERT_TRUE(p);
  EXPECT_TRUE(p->all_checks_passed());
  EXPECT_EQ(p->document_number, "D23145890123");
  EXPECT_EQ(p->optional_data, "");
}

TEST(MrzParserTest, TwoDigitYears) {
  EXPECT_EQ(mrz_birth_date("740812", kToday), (Date{1974, 8, 12}));
  EXPECT_EQ(mrz_birth_date("200101", kToday), (Date{2020, 1, 1}));
  EXPECT_EQ(mrz_birth_date("261101", kToday), (Date{2026, 11, 1}));
  EXPECT_EQ(mrz_birth_date("261102", kToday), (Date{1926, 11, 2}));
  EXPECT_EQ(mrz_expiry_date("300101"), (Date{2030, 1, 1}));
  EXPECT_EQ(mrz_expiry_date("991231"), (Date{2099, 12, 31}));
  EXPECT_FALSE(mrz_birth_date("741332", kToday));
  EXPECT_FALSE(mrz_expiry_date("12O415"));
}

TEST(MrzParserTest, RejectsTextThatIsNotAnMrz) {
  EXPECT_FALSE(parse({"PASSPORT / PASSEPORT", "UNITED STATES DEPARTMENT OF STATE"}));
  EXPECT_FALSE(parse({}));
  EXPECT_FALSE(parse({"P<UTOERIKSSON<<ANNA<MARIA"}));
}

}  // namespace
}  // namespace kycx::extractors::mrz
