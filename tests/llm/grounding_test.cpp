#include "llm/grounding.hpp"

#include <gtest/gtest.h>

#include "llm/printed_values.hpp"
#include "tests/llm/test_pages.hpp"

namespace kycx::llm {
namespace {

TEST(PrintedValuesTest, DatesInUsualPrintForms) {
  const Date d{2024, 1, 15};
  for (const char* printed : {"01/15/2024", "15.01.2024", "2024-01-15", "Jan 15, 2024", "15 JAN 2024", "15JAN24",
                              "January 15 2024", "20240115"}) {
    EXPECT_TRUE(printed_date_matches(printed, d)) << printed;
  }
  for (const char* printed : {"01/16/2024", "Feb 15, 2024", "15 JAN 2023", "DOB 01/15/2024", "2024"}) {
    EXPECT_FALSE(printed_date_matches(printed, d)) << printed;
  }
}

TEST(PrintedValuesTest, AmountsInUsualPrintForms) {
  EXPECT_EQ(printed_amount_cents("$1,234.56"), 123456);
  EXPECT_EQ(printed_amount_cents("1.234,56 EUR"), 123456);
  EXPECT_EQ(printed_amount_cents("(12)"), 1200);
  EXPECT_EQ(printed_amount_cents("1,234"), 123400);
  EXPECT_FALSE(printed_amount_cents("Wages"));
  EXPECT_FALSE(printed_amount_cents("12 apples"));
}

TEST(GroundingTest, FindsAMoneyValueInTheCitedLineAndGivesItsBox) {
  const std::vector<ocr::Page> pages = {kycx::testing::page_from_lines(kycx::testing::w2_lines())};
  const Grounding g = ground_value("52340.12", pages, {{0, 5}});
  ASSERT_TRUE(g.found);
  EXPECT_TRUE(g.in_cited_lines);
  ASSERT_EQ(g.sources.size(), 1u);
  EXPECT_EQ(g.sources[0].text, "$52,340.12");
  EXPECT_EQ(g.sources[0].page, 1);
  const ocr::Word& word = pages[0].text.words.back();  // the last word of the page is line 7's amount
  EXPECT_LT(g.sources[0].bbox.y0, word.box.y0);
}

TEST(GroundingTest, ToleratesCaseSpacesAndPunctuationAcrossWords) {
  const std::vector<ocr::Page> pages = {kycx::testing::page_from_lines(kycx::testing::w2_lines())};
  const Grounding g = ground_value("ACME TOOLS INC.", pages, {{0, 3}});
  ASSERT_TRUE(g.found);
  EXPECT_EQ(g.sources[0].text, "Acme Tools Inc");
}

TEST(GroundingTest, AWrongCitationStillFindsALongValueElsewhere) {
  const std::vector<ocr::Page> pages = {kycx::testing::page_from_lines(kycx::testing::w2_lines())};
  const Grounding g = ground_value("12-3456789", pages, {{0, 0}});
  ASSERT_TRUE(g.found);
  EXPECT_FALSE(g.in_cited_lines);
}

TEST(GroundingTest, AValueTheDocumentDoesNotShowIsNotFound) {
  const std::vector<ocr::Page> pages = {kycx::testing::page_from_lines(kycx::testing::w2_lines())};
  EXPECT_FALSE(ground_value("99999.99", pages, {{0, 5}}).found);
  EXPECT_FALSE(ground_value("John Doe", pages, {{0, 4}}).found);
  // A short value is only looked for where the model said it was.
  EXPECT_FALSE(ground_value("Q", pages, {{0, 0}}).found);
  EXPECT_TRUE(ground_value("Q", pages, {{0, 4}}).found);
}

}  // namespace
}  // namespace kycx::llm
