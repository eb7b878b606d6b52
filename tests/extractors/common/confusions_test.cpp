#include "extractors/common/confusions.hpp"

#include <gtest/gtest.h>

namespace kycx::extractors {
namespace {

TEST(ConfusionsTest, EachReadingUndoesOnlyItsOwnConfusions) {
  EXPECT_EQ(digit_lookalike('O', ConfusionUse::kMrz), '0');
  EXPECT_EQ(digit_lookalike('T', ConfusionUse::kMrz), '7');  // OCR-B
  EXPECT_EQ(digit_lookalike('T', ConfusionUse::kIdentifierKey), 0);
  EXPECT_EQ(digit_lookalike('o', ConfusionUse::kAmount), '0');
  EXPECT_EQ(digit_lookalike('o', ConfusionUse::kPostcode), 0);  // postcodes are upper-cased first
  EXPECT_EQ(digit_lookalike('l', ConfusionUse::kAmount), '1');
  EXPECT_EQ(digit_lookalike('I', ConfusionUse::kDateDigit), 0);
  EXPECT_EQ(letter_lookalike('0', ConfusionUse::kPostcode), 'O');
  EXPECT_EQ(letter_lookalike('6', ConfusionUse::kPostcode), 0);
  EXPECT_EQ(letter_lookalike('6', ConfusionUse::kIban), 'G');
  EXPECT_EQ(letter_lookalike('9', ConfusionUse::kMrz), 0);
}

TEST(ConfusionsTest, EveryDigitReadsBackAsOneLetterAtMost) {
  for (ConfusionUse use : {ConfusionUse::kMrz, ConfusionUse::kIdentifierKey, ConfusionUse::kPostcode,
                           ConfusionUse::kIban, ConfusionUse::kAmount, ConfusionUse::kDateDigit}) {
    for (char d = '0'; d <= '9'; ++d) {
      int letters = 0;
      for (const Confusion& c : confusions()) letters += c.digit == d && c.digit_to_letter_in(use) ? 1 : 0;
      EXPECT_LE(letters, 1) << d;
    }
  }
}

TEST(ConfusionsTest, NumberKeysOfTwoReadingsOfOneNumberAgree) {
  EXPECT_EQ(number_key("S12O 45"), number_key("512045"));
  EXPECT_EQ(number_key("d1-2.3"), "0123");
  EXPECT_NE(number_key("512045"), number_key("512046"));
}

}  // namespace
}  // namespace kycx::extractors
