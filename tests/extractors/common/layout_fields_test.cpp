#include "extractors/common/layout_fields.hpp"

#include <gtest/gtest.h>

#include "tests/extractors/form_pages.hpp"

namespace kycx::extractors {
namespace {

using testing::join;
using testing::PlacedWord;
using testing::scanned_page;
using testing::ScanOptions;
using testing::text_at;

// Two columns of labelled values on one baseline, as pay stubs print them.
std::vector<std::vector<PlacedWord>> two_columns(double y) {
  return {join(join(text_at("Employee:", 0.08, y), text_at("Jane Q Public", 0.22, y)),
               join(text_at("Pay Date:", 0.52, y), text_at("03/14/2026", 0.66, y)))};
}

TEST(LayoutFieldsTest, ValueRightOfLabelStopsAtTheNextColumn) {
  const std::vector<ocr::Page> pages{scanned_page(two_columns(0.2))};
  const FormLayout layout(pages);
  const std::string_view employee[] = {"Employee"};
  const auto hits = layout.find_label(employee);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(layout.text(layout.right_of(hits[0])), "Jane Q Public");
  const std::string_view pay_date[] = {"Pay Date", "Check Date"};
  const auto date_hits = layout.find_label(pay_date);
  ASSERT_EQ(date_hits.size(), 1u);
  EXPECT_EQ(layout.text(layout.right_of(date_hits[0])), "03/14/2026");
}

TEST(LayoutFieldsTest, RowsJoinWordsTheOcrPutInSeparateLines) {
  // Label and value as two OCR lines (two blocks), on one baseline.
  const std::vector<ocr::Page> pages{
      scanned_page({text_at("Account Number", 0.55, 0.15), text_at("5861-513-885", 0.82, 0.151)})};
  const FormLayout layout(pages);
  const std::string_view account[] = {"Account No", "Account Number"};
  const auto hits = layout.find_label(account);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(layout.text(layout.right_of(hits[0])), "5861-513-885");
}

TEST(LayoutFieldsTest, LabelsMatchDespiteOcrSlipsAndTheLongestSynonymWins) {
  const std::vector<ocr::Page> pages{scanned_page({text_at("Total Amount Due $91.23", 0.1, 0.3)})};
  const FormLayout layout(pages);
  const std::string_view due[] = {"Amount Due", "Total Amount Due"};
  const auto hits = layout.find_label(due);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].first, 0);
  EXPECT_EQ(hits[0].last, 2);
  // Short words must match exactly: "Dve" is not "Due".
  const std::vector<ocr::Page> short_slip{scanned_page({text_at("Amount Dve $91.23", 0.1, 0.3)})};
  EXPECT_TRUE(FormLayout(short_slip).find_label(due).empty());
  const std::vector<ocr::Page> slipped{scanned_page({text_at("Balanee Due 12.00", 0.1, 0.3)})};
  const std::string_view balance[] = {"Balance Due"};
  EXPECT_EQ(FormLayout(slipped).find_label(balance).size(), 1u);
}

TEST(LayoutFieldsTest, ValueBelowLabelInItsColumn) {
  // W-2 boxes 1 and 2: labels side by side, values right-aligned below them.
  const std::vector<ocr::Page> pages{scanned_page({
      join(text_at("1 Wages, tips, other compensation", 0.50, 0.10, 0.005, 0.006),
           text_at("2 Federal income tax withheld", 0.75, 0.10, 0.005, 0.006)),
      join(text_at("81,667.74", 0.64, 0.125), text_at("14,315.94", 0.89, 0.125)),
      text_at("3 Social security wages", 0.50, 0.15, 0.005, 0.006),
  })};
  const FormLayout layout(pages);
  const std::string_view wages[] = {"Wages, tips, other compensation"};
  const auto hits = layout.find_label(wages);
  ASSERT_EQ(hits.size(), 1u);
  const double right = layout.next_phrase_x(hits[0], 1.0);
  EXPECT_NEAR(right, 0.75, 1e-6);
  const auto below = layout.below(hits[0], {.x0 = hits[0].box.x0, .x1 = right, .max_rows = 1, .max_drop = 10});
  ASSERT_EQ(below.size(), 1u);
  EXPECT_EQ(layout.text(below[0]), "81,667.74");
}

TEST(LayoutFieldsTest, EmptyBoxGivesTheNextLabelNotAValue) {
  const std::vector<ocr::Page> pages{scanned_page({
      text_at("1 Wages, tips, other compensation", 0.50, 0.10, 0.005, 0.006),
      text_at("3 Social security wages", 0.50, 0.15, 0.005, 0.006),
  })};
  const FormLayout layout(pages);
  const std::string_view wages[] = {"Wages, tips, other compensation"};
  const auto hits = layout.find_label(wages);
  ASSERT_EQ(hits.size(), 1u);
  const auto below = layout.below(hits[0], {.x0 = 0.49, .x1 = 0.75, .max_rows = 1, .max_drop = 10});
  ASSERT_EQ(below.size(), 1u);
  EXPECT_EQ(layout.text(below[0]), "3 Social security wages");
}

TEST(LayoutFieldsTest, TableCellsByHeaderColumn) {
  const std::vector<ocr::Page> pages{scanned_page({
      join(join(text_at("Earnings", 0.08, 0.30), text_at("Current", 0.60, 0.30)), text_at("YTD", 0.85, 0.30)),
      join(text_at("Gross Pay", 0.08, 0.33), text_at("55,125.81", 0.83, 0.33)),
  })};
  const FormLayout layout(pages);
  const std::string_view ytd[] = {"YTD"};
  const auto header = layout.find_label(ytd);
  ASSERT_EQ(header.size(), 1u);
  const std::string_view gross[] = {"Gross Pay"};
  const auto row = layout.find_label(gross);
  ASSERT_EQ(row.size(), 1u);
  EXPECT_EQ(layout.text(layout.in_column(row[0].row, header[0].box.x0, header[0].box.x1)), "55,125.81");
  EXPECT_TRUE(layout.in_column(row[0].row, 0.6, 0.65).empty());
}

TEST(LayoutFieldsTest, UpsideDownAndTiltedScansReadAsUpright) {
  for (const ScanOptions& scan : {ScanOptions{.rotation = 180}, ScanOptions{.skew = 2.7},
                                  ScanOptions{.rotation = 90, .skew = -2.0}, ScanOptions{.rotation = 270}}) {
    std::vector<std::vector<PlacedWord>> lines = two_columns(0.2);
    for (auto& l : two_columns(0.22)) lines.push_back(l);  // a second row close under the first
    const std::vector<ocr::Page> pages{scanned_page(lines, scan)};
    const FormLayout layout(pages);
    const std::string_view pay_date[] = {"Pay Date"};
    const auto hits = layout.find_label(pay_date);
    ASSERT_EQ(hits.size(), 2u) << "rotation " << scan.rotation << " skew " << scan.skew;
    EXPECT_EQ(layout.text(layout.right_of(hits[0])), "03/14/2026");
    EXPECT_LT(hits[0].box.y0, hits[1].box.y0);
    EXPECT_EQ(layout.rows().size(), 2u);
  }
}

TEST(LayoutFieldsTest, SidewaysPageOcrReadWithoutBeingToldItWasTurned) {
  // The orientation check missed the turn; Tesseract read the lines
  // sideways anyway. The words' own direction says which way is up.
  for (int turned : {90, 270}) {
    std::vector<std::vector<PlacedWord>> lines = two_columns(0.2);
    for (auto& l : two_columns(0.22)) lines.push_back(l);
    std::vector<ocr::Page> pages{scanned_page(lines, ScanOptions{.rotation = turned})};
    pages[0].text.info.rotation = 0;
    const FormLayout layout(pages);
    const std::string_view pay_date[] = {"Pay Date"};
    const auto hits = layout.find_label(pay_date);
    ASSERT_EQ(hits.size(), 2u) << "turned " << turned;
    EXPECT_EQ(layout.text(layout.right_of(hits[0])), "03/14/2026");
    EXPECT_LT(hits[0].box.y0, hits[1].box.y0);
  }
}

TEST(LayoutFieldsTest, TableRulesReadAsCharactersAreIgnored) {
  const std::vector<ocr::Page> pages{
      scanned_page({join(join(text_at("Net Pay", 0.1, 0.5), text_at("|", 0.3, 0.5)), text_at("918.64", 0.4, 0.5))})};
  const FormLayout layout(pages);
  const std::string_view net[] = {"Net Pay"};
  const auto hits = layout.find_label(net);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(layout.text(layout.right_of(hits[0])), "918.64");
}

// A page of words with their own confidences, on one OCR line.
ocr::Page page_of(const std::vector<std::pair<PlacedWord, float>>& words) {
  PageInfo info;
  info.width = 612;
  info.height = 792;
  ocr::PageTextBuilder b(info);
  b.begin_block();
  b.begin_line();
  for (const auto& [w, confidence] : words) b.add_word(w.text, {w.x0, w.y0, w.x1, w.y1}, confidence);
  ocr::Page page;
  page.text = std::move(b).finish();
  return page;
}

TEST(LayoutFieldsTest, AWordWhoseBoxOcrStretchedOverItsNeighboursIsKept) {
  // Tesseract gave "Medicare" a box from its own start to the end of "tips".
  const std::vector<ocr::Page> pages{page_of({{{"5", 0.50, 0.20, 0.505, 0.21}, 0.94f},
                                              {{"Medicare", 0.51, 0.20, 0.64, 0.21}, 0.94f},
                                              {{"wages", 0.56, 0.20, 0.58, 0.21}, 0.97f},
                                              {{"and", 0.59, 0.20, 0.60, 0.21}, 0.97f},
                                              {{"tips", 0.61, 0.20, 0.64, 0.21}, 0.97f}})};
  const FormLayout layout(pages);
  EXPECT_EQ(layout.text(layout.rows().at(0).words), "5 Medicare wages and tips");
  const std::string_view label[] = {"Medicare wages and tips"};
  EXPECT_EQ(layout.find_label(label).size(), 1u);
}

TEST(LayoutFieldsTest, AGhostWordOverARealOneIsDropped) {
  const std::vector<ocr::Page> pages{
      page_of({{{"Total", 0.10, 0.20, 0.15, 0.21}, 0.95f}, {{"Tota1", 0.101, 0.20, 0.151, 0.21}, 0.40f}})};
  const FormLayout layout(pages);
  EXPECT_EQ(layout.text(layout.rows().at(0).words), "Total");
}

TEST(LayoutFieldsTest, NoPagesNoWords) {
  const std::vector<ocr::Page> pages;
  const FormLayout layout(pages);
  const std::string_view any[] = {"Net Pay"};
  EXPECT_TRUE(layout.find_label(any).empty());
  EXPECT_TRUE(layout.rows().empty());
}

}  // namespace
}  // namespace kycx::extractors
