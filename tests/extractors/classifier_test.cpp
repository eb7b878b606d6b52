#include "extractors/classifier.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>

#include "tests/extractors/form_pages.hpp"

namespace kycx::extractors {
namespace {

using testing::PlacedWord;
using testing::scanned_page;

// One line of words, left to right, on row `y` of the page.
std::vector<PlacedWord> row(std::vector<std::string> words, double y) {
  std::vector<PlacedWord> out;
  double x = 0.08;
  for (std::string& w : words) {
    const double width = 0.012 * static_cast<double>(w.size());
    out.push_back({std::move(w), x, y, x + width, y + 0.014});
    x += width + 0.01;
  }
  return out;
}

ocr::Page statement_page() {
  return scanned_page({row({"Northgate", "Bank"}, 0.05), row({"Account", "Summary"}, 0.2),
                       row({"Opening", "balance", "1,200.00"}, 0.23),
                       row({"Deposits", "and", "other", "credits"}, 0.26),
                       row({"Withdrawals", "and", "other", "debits"}, 0.29), row({"Closing", "balance"}, 0.32),
                       row({"Sort", "code", "20-00-00"}, 0.35), row({"Statement", "period"}, 0.38)});
}

TEST(ClassifierTest, BroadbandBillWithoutMetersIsAUtilityBill) {
  // A broadband provider's bill: no meter, no kWh, no "amount due".
  const std::vector<ocr::Page> pages{
      scanned_page({row({"Clearline", "Broadband"}, 0.05), row({"Account", "Number", "286", "111", "2311"}, 0.15),
                    row({"Invoice", "Date", "Sep", "1,", "2026"}, 0.18), row({"Due", "by", "Sep", "21,", "2026"}, 0.21),
                    row({"Premises:", "699", "E", "Magnolia", "Dr"}, 0.28), row({"Bill", "Summary"}, 0.32),
                    row({"Previous", "balance", "$36.25"}, 0.35), row({"Payment", "received", "-$36.25"}, 0.38),
                    row({"Service", "plan", "$36.07"}, 0.41)})};
  const Classification c = classify_document(ExtractContext{.pages = pages, .render = {}});
  EXPECT_EQ(c.document_type, "utility_bill");
}

TEST(ClassifierTest, A1099WithAW2sBoxLabelsIsA1099NotAW2) {
  // Payer and recipient, federal income tax withheld, the IRS and its OMB
  // number: everything a W-2 prints but its title and form number.
  const std::vector<ocr::Page> pages{scanned_page(
      {row({"Form", "1099-INT"}, 0.05), row({"Interest", "Income"}, 0.08), row({"PAYER'S", "TIN", "12-3456789"}, 0.15),
       row({"RECIPIENT'S", "TIN", "***-**-6789"}, 0.18),
       row({"4", "Federal", "income", "tax", "withheld", "$120.00"}, 0.25), row({"OMB", "No.", "1545-0112"}, 0.3),
       row({"Department", "of", "the", "Treasury", "-", "Internal", "Revenue", "Service"}, 0.33)})};
  const Classification c = classify_document(ExtractContext{.pages = pages, .render = {}});
  EXPECT_EQ(c.document_type, "form_1099_int");  // its own type: a schema, scored by its form number
  const std::vector<TypeScore> scores = keyword_scores(pages);
  const auto w2 = std::find_if(scores.begin(), scores.end(), [](const TypeScore& s) { return s.type == "w2"; });
  ASSERT_NE(w2, scores.end());
  EXPECT_EQ(w2->score, 0.0);  // the schema's required evidence (title, form number) is missing
}

TEST(ClassifierTest, AnInvoiceWithABillsWordsButNoUtilityIsNotAUtilityBill) {
  const std::vector<ocr::Page> pages{
      scanned_page({row({"Cloudworks", "Ltd"}, 0.05), row({"Bill", "to:", "Jane", "Roe"}, 0.12),
                    row({"Billing", "period", "Sep", "1", "-", "Sep", "30,", "2026"}, 0.15),
                    row({"Due", "date", "Oct", "15,", "2026"}, 0.18), row({"Total", "amount", "due", "$86.20"}, 0.21),
                    row({"Compute", "usage", "$80.00"}, 0.28), row({"Account", "number", "2231-7781"}, 0.31)})};
  const Classification c = classify_document(ExtractContext{.pages = pages, .render = {}});
  EXPECT_EQ(c.document_type, "unknown");
}

TEST(ClassifierTest, AnInvoicesPaymentTermsAreNotABillsTherms) {
  // "Terms" is one OCR slip from "therms": the commodity a bill must print is read as printed.
  const std::vector<ocr::Page> pages{
      scanned_page({row({"Lumen", "Electrical", "Contractors"}, 0.05), row({"Bill", "for", "Services"}, 0.1),
                    row({"BILL", "TO"}, 0.14), row({"Invoice", "date", "Due", "date", "Terms"}, 0.2),
                    row({"2026-09-03", "2026-10-18", "Net", "45"}, 0.23), row({"Subtotal", "953.59"}, 0.4),
                    row({"Balance", "Due", "1,032.26"}, 0.43)})};
  const Classification c = classify_document(ExtractContext{.pages = pages, .render = {}});
  EXPECT_EQ(c.document_type, "unknown");
}

TEST(ClassifierTest, AnIncomeTaxReturnThatAsksForW2WagesIsNotAW2) {
  const std::vector<ocr::Page> pages{
      scanned_page({row({"2024", "U.S.", "Individual", "Income", "Tax", "Return", "OMB", "No.", "1545-0074"}, 0.05),
                    row({"Form", "1040", "For", "the", "year", "Jan.", "1-Dec.", "31,", "2024"}, 0.08),
                    row({"Department", "of", "the", "Treasury", "Internal", "Revenue", "Service"}, 0.11),
                    row({"Your", "social", "security", "number", "660-60-2101"}, 0.2),
                    row({"1a", "Total", "amount", "from", "Form(s)", "W-2,", "box", "1", "170255"}, 0.3),
                    row({"Federal", "income", "tax", "withheld", "from", "Form(s)", "W-2", "21400"}, 0.33)})};
  const Classification c = classify_document(ExtractContext{.pages = pages, .render = {}});
  EXPECT_EQ(c.document_type, "unknown");
}

TEST(ClassifierTest, ATaxReturnsSecondPageThatCitesFormsW2IsNotAW2) {
  // "Form(s) W-2" is not the form's own title: a W-2 prints "Form W-2", its
  // title or its OMB number.
  const std::vector<ocr::Page> pages{
      scanned_page({row({"Form", "1040", "(2024)", "Page", "2"}, 0.05),
                    row({"25", "Federal", "income", "tax", "withheld", "from:"}, 0.2),
                    row({"a", "Form(s)", "W-2", "25a", "21,400"}, 0.23), row({"b", "Form(s)", "1099", "25b"}, 0.26),
                    row({"Employer", "identification", "number", "(see", "instructions)"}, 0.3),
                    row({"Social", "security", "wages", "reported"}, 0.33)})};
  const Classification c = classify_document(ExtractContext{.pages = pages, .render = {}});
  EXPECT_NE(c.document_type, "w2");
}

TEST(ClassifierTest, AnAuthorisationThatNamesPayStubsIsNotOne) {
  // It asks for "pay stubs and W-2 forms" but prints no pay: no net or gross pay in any wording.
  const std::vector<ocr::Page> pages{scanned_page(
      {row({"Northbridge", "Mortgage", "Corp"}, 0.05), row({"Authorization", "to", "Release", "Information"}, 0.1),
       row({"I", "authorize", "the", "lender", "to", "obtain", "my", "salary,", "pay", "stubs", "and", "W-2", "forms"},
           0.15),
       row({"from", "my", "employer", "and", "the", "balances", "of", "my", "accounts."}, 0.18),
       row({"Pay", "period", "and", "pay", "date", "records", "may", "be", "requested."}, 0.21),
       row({"Borrower", "name:", "Jan", "Pena"}, 0.3), row({"Date", "10/08/2026"}, 0.33)})};
  const Classification c = classify_document(ExtractContext{.pages = pages, .render = {}});
  EXPECT_NE(c.document_type, "pay_stub");
}

TEST(ClassifierTest, AFrenchPayStubIsKnownByItsSchemasLabels) {
  // No English vocabulary at all: the pay stub schema's French labels decide.
  const std::vector<ocr::Page> pages{
      scanned_page({row({"Boulangerie", "Dupuis"}, 0.05), row({"Date", "de", "paie:", "15/05/2026"}, 0.15),
                    row({"P\xC3\xA9riode", "de", "paie:", "01/05/2026", "-", "15/05/2026"}, 0.18),
                    row({"Salaire", "brut", "2", "104,17"}, 0.30), row({"Total", "des", "retenues", "512,40"}, 0.33),
                    row({"Salaire", "net", "1", "591,77"}, 0.36)})};
  const Classification c = classify_document(ExtractContext{.pages = pages, .render = {}});
  EXPECT_EQ(c.document_type, "pay_stub");
  const std::vector<TypeScore> scores = keyword_scores(pages);
  const auto stub = std::find_if(scores.begin(), scores.end(), [](const TypeScore& s) { return s.type == "pay_stub"; });
  ASSERT_NE(stub, scores.end());
  EXPECT_NE(std::find(stub->matched.begin(), stub->matched.end(), "label:net_pay"), stub->matched.end());
}

TEST(ClassifierTest, SmallPrintW2WithIllegibleBoxLabelsIsAW2) {
  // Four copies of a W-2 on one low-resolution scan: the box labels are
  // unreadable and the title is split over two lines ("Wage and Tax" above
  // "Statement"); the form number's OMB number and the issuer stay legible.
  const std::vector<ocr::Page> pages{
      scanned_page({row({"OMB", "No.", "1545-0008"}, 0.03), row({"848-63-5103"}, 0.05),
                    row({"b", "Emoayer", "we", "titcaton", "umeer", "cEIS", "2", "Wages", "tes", "omer"}, 0.07),
                    row({"86-4889020", "37725.90", "3070.75"}, 0.09), row({"Northfield", "Insurance", "Co"}, 0.11),
                    row({"Marco", "van", "den", "Berg"}, 0.25), row({"FL", "307-53990", "37725.90", "1189.43"}, 0.4),
                    row({"Fam", "-2", "Wage", "and", "Tax", "2025", "Departnet", "of", "the", "Treasury", "internal",
                         "Revenue", "Sennce"},
                        0.45),
                    row({"Statement"}, 0.47)})};
  const Classification c = classify_document(ExtractContext{.pages = pages, .render = {}});
  EXPECT_EQ(c.document_type, "w2");
}

// `page` with a scanned passport's pixels kept as its image: a machine
// readable zone anyone searching the pixels finds.
ocr::Page with_passport_pixels(ocr::Page page) {
  page.image = cv::imread("samples/passport/passport_0003.png", cv::IMREAD_GRAYSCALE);
  if (!page.image.empty()) page.image_transform = ocr::PageTransform(page.image.cols, page.image.rows);
  return page;
}

TEST(ClassifierTest, SureVocabularyOfAStatementSkipsTheMrzBandSearch) {
  const std::vector<ocr::Page> pages{with_passport_pixels(statement_page())};
  ASSERT_FALSE(pages[0].image.empty()) << "run from the repository root";
  const Classification c = classify_document(ExtractContext{.pages = pages, .render = {}});
  EXPECT_EQ(c.document_type, "bank_statement") << "the band search ran although the words were sure";
  EXPECT_GE(c.confidence, 0.9);
}

TEST(ClassifierTest, FewWordsStillLookForTheBandInThePixels) {
  const std::vector<ocr::Page> pages{with_passport_pixels(scanned_page({row({"Some", "card"}, 0.1)}))};
  ASSERT_FALSE(pages[0].image.empty()) << "run from the repository root";
  const Classification c = classify_document(ExtractContext{.pages = pages, .render = {}});
  EXPECT_EQ(c.document_type, "passport");
  ASSERT_FALSE(c.signals.empty());
  EXPECT_EQ(c.signals[0], "mrz_band:td3");
}

}  // namespace
}  // namespace kycx::extractors
