#include "llm/grounding.hpp"

#include <gtest/gtest.h>

#include "tests/llm/test_pages.hpp"

namespace kycx::llm {
namespace {

TEST(GroundingTest, DatesAmountsAndCurrenciesInTheirPrintForms) {
  const std::vector<ocr::Page> pages = {kycx::testing::page_from_lines(
      {"Born 15 JAN 1974", "Pay date 01/15/2024", "Net pay (1,234.56)", "Total 1.234,50 EUR", "Due $12.00"})};
  EXPECT_TRUE(ground_value("1974-01-15", pages, {{0, 0}}).found);
  const Grounding date = ground_value("2024-01-15", pages, {{0, 1}});
  ASSERT_TRUE(date.found);
  EXPECT_EQ(date.sources[0].text, "01/15/2024");
  EXPECT_EQ(ground_value("-1234.56", pages, {{0, 2}}).sources.at(0).text, "(1,234.56)");
  EXPECT_TRUE(ground_value("1234.50", pages, {{0, 3}}).found);
  EXPECT_TRUE(ground_value("EUR", pages, {{0, 3}}).found);
  EXPECT_TRUE(ground_value("USD", pages, {{0, 4}}).found);
  EXPECT_FALSE(ground_value("GBP", pages, {{0, 4}}).found);
  EXPECT_FALSE(ground_value("EUR", pages, {{0, 4}}).found);  // "$" is no euro
  EXPECT_FALSE(ground_value("2024-01-16", pages, {{0, 1}}).found);
  EXPECT_EQ(alnum_key("ACME TOOLS, INC."), alnum_key("Acme Tools Inc"));
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
