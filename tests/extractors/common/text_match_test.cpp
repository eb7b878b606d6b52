#include "extractors/common/text_match.hpp"

#include <gtest/gtest.h>

namespace kycx::extractors {
namespace {

TEST(TextMatchTest, FoldsCaseAccentsAndPunctuation) {
  EXPECT_EQ(fold("  Account No.: "), "account no");
  EXPECT_EQ(fold("Société Générale"), "societe generale");
  EXPECT_EQ(fold("Müller-Łukasz Ødegård"), "mueller lukasz oedegard");
  EXPECT_EQ(fold("Acct #"), "acct #");
  EXPECT_EQ(fold("WIŚNIEWSKI"), "wisniewski");
  EXPECT_EQ(fold(""), "");
}

TEST(TextMatchTest, EditDistanceIsCapped) {
  EXPECT_EQ(edit_distance("balance", "balanee", 2), 1);
  EXPECT_EQ(edit_distance("kitten", "sitting", 5), 3);
  EXPECT_EQ(edit_distance("kitten", "sitting", 1), 2);
  EXPECT_EQ(edit_distance("", "abc", 5), 3);
}

TEST(TextMatchTest, FuzzyWordsAllowEditsOnlyOnLongerWords) {
  EXPECT_TRUE(fuzzy_word_equal("balance", "balanee"));
  EXPECT_FALSE(fuzzy_word_equal("due", "dve"));
  EXPECT_TRUE(fuzzy_word_equal("statement", "staternent"));
  EXPECT_FALSE(fuzzy_word_equal("credit", "debit"));
  // Real words one letter apart stay apart: a benefits row "Employer Pension"
  // once gave a pay stub's employee name.
  EXPECT_FALSE(fuzzy_word_equal("employer", "employee"));
  EXPECT_FALSE(fuzzy_word_equal("payee", "payer"));
  EXPECT_TRUE(fuzzy_word_equal("employee", "ernployee"));
}

ocr::Page page_of(const std::vector<std::vector<std::string>>& lines) {
  ocr::PageTextBuilder b({});
  double y = 0.1;
  for (const auto& line : lines) {
    b.begin_line();
    double x = 0.1;
    for (const auto& w : line) {
      b.add_word(w, {x, y, x + 0.05, y + 0.01}, 0.9f);
      x += 0.06;
    }
    y += 0.02;
  }
  return ocr::Page{std::move(b).finish(), {}, {}};
}

TEST(TextMatchTest, FindsPhrasesAcrossWordsWithPunctuation) {
  std::vector<ocr::Page> pages = {page_of({{"Opening", "Balanee:", "1,234.56"}, {"Account", "No.:", "123"}})};
  auto hits = find_phrase(pages, "opening balance");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].line, 0);
  EXPECT_EQ(hits[0].first_word, 0);
  EXPECT_EQ(hits[0].word_count, 2);
  hits = find_phrase(pages, "Account No");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].first_word, 3);
  EXPECT_TRUE(find_phrase(pages, "closing balance").empty());
}

TEST(TextMatchTest, TwoReadingsAreTheSameDespiteCasePunctuationAndCents) {
  EXPECT_TRUE(same_reading(Json("ACME, Inc."), Json("Acme Inc")));
  EXPECT_TRUE(same_reading(Json("Société Générale"), Json("SOCIETE GENERALE")));
  EXPECT_TRUE(same_reading(Json(1234.561), Json(1234.56)));
  EXPECT_FALSE(same_reading(Json("12345678"), Json("12345679")));
  EXPECT_TRUE(same_reading(Json("424 627 5090"), Json("4246275090")));
  EXPECT_TRUE(same_reading(Json("1358-774-539"), Json("1358 774 539")));
  EXPECT_FALSE(same_reading(Json("Anne Marie"), Json("AnneMarie")));  // words are not regrouped
  EXPECT_FALSE(same_reading(Json("Acme Inc"), Json("Acme Ltd")));
  EXPECT_FALSE(same_reading(Json(1234.56), Json(1234.57)));
  EXPECT_FALSE(same_reading(Json("1234.56"), Json(1234.56)));  // a string and a number are two readings
}

}  // namespace
}  // namespace kycx::extractors
