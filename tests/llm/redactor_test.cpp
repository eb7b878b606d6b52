#include "llm/redactor.hpp"

#include <gtest/gtest.h>

namespace kycx::llm {
namespace {

TEST(RedactorTest, ReplacesAnSsnAndMapsItBack) {
  Redactor r({"ssn"});
  const std::string line = r.redact_words({"SSN:", "123-45-6789,", "Jane"});
  EXPECT_EQ(line, "SSN: [SSN_1], Jane");
  EXPECT_EQ(r.restore("[SSN_1]"), "123-45-6789");
  EXPECT_EQ(r.counts().at("ssn"), 1);
}

TEST(RedactorTest, SameNumberSamePlaceholderAndSpacedSsn) {
  Redactor r({});
  EXPECT_EQ(r.redact_words({"123", "45", "6789"}), "[SSN_1]");
  EXPECT_EQ(r.redact_words({"again", "123", "45", "6789"}), "again [SSN_1]");
  EXPECT_EQ(r.restore("[SSN_1]"), "123 45 6789");
}

TEST(RedactorTest, CardNumbersAlwaysAccountNumbersOnlyWhenTheSchemaSaysSo) {
  Redactor none({});
  EXPECT_EQ(none.redact_words({"Card", "4111", "1111", "1111", "1111"}), "Card [CARD_NUMBER_1]");
  EXPECT_EQ(none.redact_words({"Account", "00123456789"}), "Account 00123456789");
  Redactor accounts({"account_number"});
  EXPECT_EQ(accounts.redact_words({"Account", "00123456789"}), "Account [ACCOUNT_NUMBER_1]");
  EXPECT_EQ(accounts.redact_words({"IBAN", "GB29", "NWBK", "6016", "1331", "9268", "19"}), "IBAN [ACCOUNT_NUMBER_2]");
  EXPECT_EQ(accounts.restore("[ACCOUNT_NUMBER_2]"), "GB29 NWBK 6016 1331 9268 19");
}

TEST(RedactorTest, LeavesDatesAmountsAndPostalCodesAlone) {
  Redactor r({"account_number", "document_number"});
  EXPECT_EQ(r.redact_words({"20240115", "1,234.56", "12345-6789", "555-1234", "2024-01-15"}),
            "20240115 1,234.56 12345-6789 555-1234 2024-01-15");
  EXPECT_EQ(r.size(), 0u);
}

TEST(RedactorTest, DocumentNumberIsHiddenInsideTheMrzToo) {
  Redactor r({"document_number"});
  const std::string printed = r.redact_words({"Passport", "No.", "L898902C3"});
  EXPECT_EQ(printed, "Passport No. [DOCUMENT_NUMBER_1]");
  const std::string mrz = r.redact_known("L898902C36UTO7408122F1204159ZE184226B<<<<<10");
  EXPECT_EQ(mrz.find("L898902C3"), std::string::npos);
  EXPECT_EQ(r.restore(mrz), "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
}

TEST(RedactorTest, RestoresPlaceholdersInsideJson) {
  Redactor r({});
  r.redact_words({"123-45-6789"});
  const Json restored = r.restore_values(Json{{"a", "[SSN_1]"}, {"b", Json::array({"x [SSN_1]"})}, {"c", 3}});
  EXPECT_EQ(restored["a"], "123-45-6789");
  EXPECT_EQ(restored["b"][0], "x 123-45-6789");
  EXPECT_EQ(restored["c"], 3);
}

}  // namespace
}  // namespace kycx::llm
