#include "ocr/line_builder.hpp"

#include <gtest/gtest.h>

namespace kycx::ocr {
namespace {

LooseWord w(std::string t, double x0, double y0, double x1, double y1) {
  return {std::move(t), {x0, y0, x1, y1}, 1.0f};
}

TEST(LineBuilderTest, GroupsWordsIntoRowsInReadingOrder) {
  // Content-stream order is scrambled: second row first.
  std::vector<LooseWord> words = {w("balance", 0.20, 0.20, 0.30, 0.21), w("Opening", 0.10, 0.20, 0.19, 0.21),
                                  w("Statement", 0.10, 0.10, 0.25, 0.112)};
  const PageText page = assemble_page({}, words, 1.29);
  ASSERT_EQ(page.lines.size(), 2u);
  EXPECT_EQ(page.line_text(0), "Statement");
  EXPECT_EQ(page.line_text(1), "Opening balance");
}

TEST(LineBuilderTest, WideGapSplitsARowIntoTwoLines) {
  std::vector<LooseWord> words = {w("Date", 0.10, 0.30, 0.15, 0.31), w("Description", 0.17, 0.30, 0.30, 0.31),
                                  w("Balance", 0.80, 0.30, 0.90, 0.31)};
  const PageText page = assemble_page({}, words, 1.29);
  ASSERT_EQ(page.lines.size(), 2u);
  EXPECT_EQ(page.line_text(0), "Date Description");
  EXPECT_EQ(page.line_text(1), "Balance");
}

TEST(LineBuilderTest, StackedLinesShareABlockAndSideBySideColumnsDoNot) {
  std::vector<LooseWord> words = {w("INGRID", 0.07, 0.126, 0.15, 0.136), w("Eichengasse", 0.07, 0.139, 0.17, 0.149),
                                  w("Account", 0.53, 0.126, 0.60, 0.136), w("IBAN:", 0.53, 0.140, 0.58, 0.150)};
  const PageText page = assemble_page({}, words, 1.41);
  ASSERT_EQ(page.lines.size(), 4u);
  ASSERT_EQ(page.blocks.size(), 2u);
  EXPECT_EQ(page.lines[0].block, page.lines[1].block);
  EXPECT_EQ(page.lines[2].block, page.lines[3].block);
  EXPECT_EQ(page.line_text(0), "INGRID");
  EXPECT_EQ(page.line_text(1), "Eichengasse");
}

}  // namespace
}  // namespace kycx::ocr
