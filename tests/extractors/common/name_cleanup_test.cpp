#include "extractors/common/name_cleanup.hpp"

#include <gtest/gtest.h>

namespace kycx::extractors {
namespace {

TEST(NameCleanupTest, CourtesyTitlesAreNoPartOfAPersonsName) {
  EXPECT_EQ(without_courtesy_title("Miss Fatima Clark"), "Fatima Clark");
  EXPECT_EQ(without_courtesy_title("Mx Robert Odegard"), "Robert Odegard");
  EXPECT_EQ(without_courtesy_title("Dhr. Ahmed Pablo Perez"), "Ahmed Pablo Perez");
  EXPECT_EQ(without_courtesy_title("Fatima Clark"), "Fatima Clark");
  EXPECT_EQ(without_courtesy_title("Mr Clark"), "Mr Clark");  // the title kept when one word would remain
  EXPECT_EQ(without_courtesy_title("Mrsa Anne Lee"), "Mrsa Anne Lee");
}

TEST(NameCleanupTest, ALogosInitialAndStrayQuotesAreNoPartOfAnOrganisationsName) {
  // Logo boxes beside mastheads, read by OCR as letters.
  EXPECT_EQ(without_logo_marks("Polderbank P"), "Polderbank");
  EXPECT_EQ(without_logo_marks("Stadtsparkasse Ellertal S"), "Stadtsparkasse Ellertal");
  EXPECT_EQ(without_logo_marks("B Brightpath Bank"), "Brightpath Bank");
  EXPECT_EQ(without_logo_marks("\"Lumen Money"), "Lumen Money");
  EXPECT_EQ(without_logo_marks("Bank of America N.A."), "Bank of America N.A.");
  EXPECT_EQ(without_logo_marks("A B"), "A B");  // nothing else would remain
  EXPECT_EQ(without_logo_marks("Copperline Foods Inc"), "Copperline Foods Inc");
}

}  // namespace
}  // namespace kycx::extractors
