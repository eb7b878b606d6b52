#include "extractors/packet_split.hpp"

#include <gtest/gtest.h>

#include "core/document_types.hpp"
#include "tests/extractors/form_pages.hpp"

namespace kycx::extractors {
namespace {

using testing::scanned_page;
using testing::text_at;

ocr::Page page_of(const std::vector<std::string>& lines) {
  std::vector<std::vector<testing::PlacedWord>> placed;
  double y = 0.05;
  for (const std::string& line : lines) {
    placed.push_back(text_at(line, 0.08, y));
    y += 0.03;
  }
  return scanned_page(placed);
}

PageCue cue(std::string type, double confidence) {
  PageCue c;
  c.type = std::move(type);
  c.confidence = confidence;
  return c;
}

std::vector<std::pair<int, int>> ranges(const std::vector<PageRange>& split) {
  std::vector<std::pair<int, int>> out;
  for (const PageRange& r : split) out.emplace_back(r.first, r.last);
  return out;
}

using Ranges = std::vector<std::pair<int, int>>;

TEST(PageCueTest, ReadsTheTypeThePageNamesAndItsPageMark) {
  const PageCue c =
      page_cue(page_of({"ACME PAYROLL Earnings Statement", "Pay period 01/01/2026 - 01/15/2026", "Pay date 01/20/2026",
                        "Gross pay 2,000.00", "Net pay 1,500.00", "Deductions Federal income tax", "Page 1 of 1"}));
  EXPECT_EQ(c.type, document_types::kPayStub);
  EXPECT_GE(c.confidence, 0.85);
  EXPECT_EQ(c.mark_page, 1);
  EXPECT_EQ(c.mark_count, 1);
  EXPECT_FALSE(c.salutation);
}

TEST(PageCueTest, NamesTheOutOfScopeFormPrintedHighest) {
  const PageCue c = page_cue(
      page_of({"Form 1099-B Proceeds From Broker and Barter Exchange Transactions", "PAYER'S TIN RECIPIENT'S TIN",
               "Copy B For Recipient", "Report on Form 8949; see also Form 1099-K"}));
  EXPECT_EQ(c.type, kUnknownDocumentType);
  EXPECT_GE(c.confidence, 0.6);
  EXPECT_EQ(c.form, "1099-b");  // the title, not the form it refers to below
}

TEST(PageCueTest, SeesALettersGreetingAndLongIdentifiers) {
  const PageCue c = page_cue(page_of({"Springfield Housing LLC", "Re: tenancy 88120345", "Dear Ms Rivera,",
                                      "This letter confirms your tenancy.", "Sincerely"}));
  EXPECT_TRUE(c.salutation);
  EXPECT_EQ(c.identifiers, std::set<std::string>{"88120345"});
  EXPECT_LT(c.confidence, 0.6);  // names no type kycx reads
}

TEST(SplitPagesTest, AFileOfOnePageIsOneDocument) {
  EXPECT_EQ(ranges(split_pages({cue("pay_stub", 0.95)})), (Ranges{{0, 0}}));
  EXPECT_TRUE(split_pages({}).empty());
}

TEST(SplitPagesTest, PagesThatNameNothingContinueTheDocumentBefore) {
  // A statement's transaction pages, a licence's back.
  EXPECT_EQ(ranges(split_pages({cue("bank_statement", 0.9), cue("unknown", 0.2), cue("unknown", 0.3)})),
            (Ranges{{0, 2}}));
  EXPECT_EQ(ranges(split_pages({cue("drivers_license", 0.95), cue("unknown", 0.0)})), (Ranges{{0, 1}}));
}

TEST(SplitPagesTest, AnotherTypeStartsAnotherDocument) {
  const auto split = split_pages({cue("w2", 0.95), cue("unknown", 0.8), cue("pay_stub", 0.9), cue("unknown", 0.1)});
  EXPECT_EQ(ranges(split), (Ranges{{0, 0}, {1, 1}, {2, 3}}));
  EXPECT_EQ(split[1].reason, "type_change");
}

TEST(SplitPagesTest, IdentityDocumentsChangeTypeOnlyWhenBothPagesAreSure) {
  // An ID card's front read a little like a passport, its back's MRZ sure.
  EXPECT_EQ(ranges(split_pages({cue("passport", 0.7), cue("id_card", 0.9)})), (Ranges{{0, 1}}));
  EXPECT_EQ(ranges(split_pages({cue("passport", 0.97), cue("drivers_license", 0.95)})), (Ranges{{0, 0}, {1, 1}}));
}

TEST(SplitPagesTest, PageMarksDecide) {
  PageCue first = cue("bank_statement", 0.9), second = cue("utility_bill", 0.9), again = cue("bank_statement", 0.9);
  first.mark_page = 1, first.mark_count = 2;
  second.mark_page = 2, second.mark_count = 2;  // "page 2 of 2" continues whatever its words say
  again.mark_page = 1, again.mark_count = 1;
  EXPECT_EQ(ranges(split_pages({first, second, again})), (Ranges{{0, 1}, {2, 2}}));
  // After the last page of a marked document, a page that names nothing is another document.
  PageCue last = cue("pay_stub", 0.9);
  last.mark_page = 1, last.mark_count = 1;
  EXPECT_EQ(ranges(split_pages({last, cue("unknown", 0.1)})), (Ranges{{0, 0}, {1, 1}}));
}

TEST(SplitPagesTest, ALettersGreetingStartsALetter) {
  PageCue letter = cue("unknown", 0.1);
  letter.salutation = true;
  EXPECT_EQ(ranges(split_pages({cue("pay_stub", 0.95), letter, cue("unknown", 0.0)})), (Ranges{{0, 0}, {1, 2}}));
}

TEST(SplitPagesTest, AnotherOutOfScopeFormStartsAnotherDocument) {
  PageCue nec = cue("unknown", 0.9), misc = cue("unknown", 0.9);
  nec.form = "1099 nec", misc.form = "1099 misc";
  nec.identifiers = misc.identifiers = {"123456789"};
  EXPECT_EQ(ranges(split_pages({cue("w2", 0.97), nec, misc})), (Ranges{{0, 0}, {1, 1}, {2, 2}}));
}

TEST(SplitPagesTest, ASecondOnePageDocumentOfTheSameTypeStartsAgainUnlessItIsACopy) {
  PageCue a = cue("pay_stub", 0.95), b = cue("pay_stub", 0.95);
  a.identifiers = {"100234"}, b.identifiers = {"100235"};
  EXPECT_EQ(ranges(split_pages({a, b})), (Ranges{{0, 0}, {1, 1}}));
  PageCue copy_b = cue("w2", 0.95), copy_c = cue("w2", 0.95);
  copy_b.identifiers = copy_c.identifiers = {"123456789", "987654"};
  EXPECT_EQ(ranges(split_pages({copy_b, copy_c})), (Ranges{{0, 1}}));
  // A card's front and its back (barcode, MRZ) are one card however sure each is.
  PageCue front = cue("drivers_license", 0.95), back = cue("drivers_license", 0.99);
  front.identifiers = {"88812345"};
  EXPECT_EQ(ranges(split_pages({front, back})), (Ranges{{0, 1}}));
  // A weakly worded second page is more of the first.
  EXPECT_EQ(ranges(split_pages({a, cue("pay_stub", 0.7)})), (Ranges{{0, 1}}));
}

TEST(SplitPagesTest, AStatementStartsAgainOnlyOnAFirstPageOfAnotherAccount) {
  PageCue first = cue("bank_statement", 0.95), next = cue("bank_statement", 0.95);
  first.start_phrases = 3, first.identifiers = {"40021177"};
  next.start_phrases = 1, next.identifiers = {"40021177", "88812345"};
  EXPECT_EQ(ranges(split_pages({first, next})), (Ranges{{0, 1}}));  // its second page
  next.start_phrases = 2;
  EXPECT_EQ(ranges(split_pages({first, next})), (Ranges{{0, 1}}));  // the same account again
  next.identifiers = {"51234567"};
  EXPECT_EQ(ranges(split_pages({first, next})), (Ranges{{0, 0}, {1, 1}}));
}

TEST(SplitPagesTest, APageOfTextThatNamesNoTypeIsADocumentAfterAOnePageDocument) {
  PageCue text = cue("unknown", 0.2);
  text.words = 140;  // a consent form, a gift affidavit
  PageCue back = cue("unknown", 0.0);
  back.words = 12;  // a licence's back
  const auto split = split_pages({cue("pay_stub", 0.95), text, back, cue("w2", 0.95)});
  EXPECT_EQ(ranges(split), (Ranges{{0, 0}, {1, 2}, {3, 3}}));
  EXPECT_EQ(split[1].reason, "other_text");
  // The same page goes on a statement (its transaction pages) and a letter.
  EXPECT_EQ(ranges(split_pages({cue("bank_statement", 0.95), text, text})), (Ranges{{0, 2}}));
  EXPECT_EQ(ranges(split_pages({cue("drivers_license", 0.95), back})), (Ranges{{0, 1}}));
  // An ID card's front that names nothing, and its back's MRZ.
  PageCue mrz_back = cue("id_card", 0.9);
  mrz_back.words = 20;
  EXPECT_EQ(ranges(split_pages({text, mrz_back})), (Ranges{{0, 1}}));
}

TEST(SplitPagesTest, APageOfProseAfterACardReadTooPoorlyToNameItsTypeStartsAgain) {
  PageCue card = cue("unknown", 0.2);  // a photographed licence whose words named nothing
  card.words = 57;
  card.identifiers = {"174103320149"};
  PageCue consent = cue("unknown", 0.4);
  consent.words = 159;
  const auto split = split_pages({card, consent});
  EXPECT_EQ(ranges(split), (Ranges{{0, 0}, {1, 1}}));
  EXPECT_EQ(split[1].reason, "other_text");
  // A short page with no long number (a cover page) goes on.
  PageCue cover = cue("unknown", 0.2);
  cover.words = 57;
  EXPECT_EQ(ranges(split_pages({cover, consent})), (Ranges{{0, 1}}));
  // So does the second page of a two-page text.
  EXPECT_EQ(ranges(split_pages({card, consent, consent})), (Ranges{{0, 0}, {1, 2}}));
}

TEST(SplitPagesTest, AFormOrATypedPageAfterALetterStartsAgain) {
  PageCue letter = cue("unknown", 0.1);
  letter.words = 150, letter.salutation = true;
  PageCue schedule = cue("unknown", 0.9);
  schedule.form = "schedule-c";
  EXPECT_EQ(ranges(split_pages({letter, schedule})), (Ranges{{0, 0}, {1, 1}}));
  EXPECT_EQ(ranges(split_pages({letter, cue("pay_stub", 0.9)})), (Ranges{{0, 0}, {1, 1}}));
}

}  // namespace
}  // namespace kycx::extractors
