// The root extract(): the type's reader, then the generic labelled-value
// reader as a second reader of what the first found and a filler of what it
// missed.
#include "extractors/document_extractor.hpp"

#include <gtest/gtest.h>

#include "tests/extractors/form_pages.hpp"

namespace kycx::extractors {
namespace {

using testing::join;
using testing::PlacedWord;
using testing::scanned_page;
using testing::text_at;

Extraction extract_pay_stub(const std::string& employer_label_value) {
  const std::vector<ocr::Page> pages{scanned_page({
      text_at("Granite Peak Builders", 0.12, 0.05, 0.012, 0.016),
      join(text_at("Employer:", 0.08, 0.09), text_at(employer_label_value, 0.20, 0.09)),
      join(text_at("Employee:", 0.08, 0.11), text_at("Oliver Lars Hill", 0.20, 0.11)),
      join(text_at("Pay Date:", 0.52, 0.11), text_at("2026-09-17", 0.66, 0.11)),
      join(join(text_at("Net Pay", 0.08, 0.40), text_at("$3,031.92", 0.38, 0.40)),
           join(text_at("YTD Net:", 0.55, 0.40), text_at("$50,608.49", 0.82, 0.40))),
  })};
  Classification c;
  c.document_type = "pay_stub";
  c.confidence = 0.9;
  return extract(c, {.pages = pages, .ocr = nullptr, .precise_ocr = nullptr, .render = {}});
}

TEST(DocumentExtractorTest, ASecondReaderThatAgreesConfirmsTheValue) {
  const Extraction e = extract_pay_stub("Granite Peak Builders");
  const Field* employer = e.fields.find("employer_name");
  ASSERT_NE(employer, nullptr);
  EXPECT_EQ(employer->value, "Granite Peak Builders");
  EXPECT_EQ(employer->evidence.second_reading, FieldEvidence::SecondReading::kAgrees);
  EXPECT_FALSE(employer->review.required);
  // A value the type's reader found that the second reader found nothing for.
  const Field* net = e.fields.find("net_pay");
  ASSERT_NE(net, nullptr);
  EXPECT_NE(net->evidence.second_reading, FieldEvidence::SecondReading::kNone);
}

TEST(DocumentExtractorTest, TwoReadersThatDisagreeLeaveTheChoiceToAPerson) {
  const Extraction e = extract_pay_stub("Summit Foods Ltd");
  const Field* employer = e.fields.find("employer_name");
  ASSERT_NE(employer, nullptr);
  EXPECT_EQ(employer->evidence.second_reading, FieldEvidence::SecondReading::kDisagrees);
  EXPECT_TRUE(employer->review.required);
  EXPECT_EQ(employer->review.reasons, std::vector<std::string>{"conflict"});
}

Extraction extract_bill(bool greeting) {
  std::vector<std::vector<PlacedWord>> lines = {
      text_at("Bluewater Utilities", 0.12, 0.06, 0.012, 0.018),
      text_at("Sean Sanchez", 0.06, 0.16),
      text_at("151 Birch Dr", 0.06, 0.18),
      text_at("Columbus, OH 43229-3102", 0.06, 0.20),
  };
  if (greeting) lines.push_back(text_at("Dear Sean Sanchez, thank you for your payment.", 0.06, 0.40));
  const std::vector<ocr::Page> pages{scanned_page(lines)};
  Classification c;
  c.document_type = "utility_bill";
  c.confidence = 0.9;
  return extract(c, {.pages = pages, .ocr = nullptr, .precise_ocr = nullptr, .render = {}});
}

TEST(DocumentExtractorTest, ANameFoundByPositionIsConfirmedWhenTheDocumentPrintsItAgain) {
  const Extraction unconfirmed = extract_bill(false);
  const Field* alone = unconfirmed.fields.find("account_holder_name");
  ASSERT_NE(alone, nullptr);
  EXPECT_TRUE(alone->evidence.by_position);
  const Extraction greeted = extract_bill(true);
  const Field* holder = greeted.fields.find("account_holder_name");
  ASSERT_NE(holder, nullptr);
  EXPECT_EQ(holder->value, "Sean Sanchez");
  EXPECT_FALSE(holder->evidence.by_position);
  EXPECT_EQ(holder->evidence.readings, 2);
  // The issuer's name is not confirmed by repetition: a brand repeats whatever its role.
  const Field* provider = greeted.fields.find("provider_name");
  ASSERT_NE(provider, nullptr);
  EXPECT_TRUE(provider->evidence.by_position);
}

}  // namespace
}  // namespace kycx::extractors
