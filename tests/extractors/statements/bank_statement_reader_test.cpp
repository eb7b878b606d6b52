// The bank statement reader on hand-built pages: the masthead and the
// holder's block (the transaction table is measured on generated statements
// by the quality gate).
#include "extractors/statements/bank_statement_reader.hpp"

#include <gtest/gtest.h>

#include "tests/extractors/form_pages.hpp"

namespace kycx::extractors::statements {
namespace {

using testing::join;
using testing::PlacedWord;
using testing::scanned_page;
using testing::text_at;

std::string value_of(const Extraction& e, std::string_view name) {
  const Field* f = e.fields.find(name);
  return f == nullptr || f->missing() ? "" : f->value.get<std::string>();
}

TEST(BankStatementReaderTest, WidelySpacedMastheadIsOneName) {
  // "N.A." sits 1.4 word heights after "Bank," in the large masthead type,
  // a gap wider than the small body text's column gaps.
  const std::vector<ocr::Page> pages{scanned_page({
      join(text_at("Summit Peak Bank,", 0.10, 0.050, 0.014, 0.016), text_at("N.A.", 0.367, 0.050, 0.014, 0.016)),
      join(text_at("379 S Riverbend Drive, Toledo, OH 43664", 0.10, 0.075, 0.006, 0.008),
           text_at("Statement of Account", 0.70, 0.055, 0.006, 0.008)),
      text_at("Dana Q Example", 0.10, 0.16, 0.006, 0.008),
      text_at("12 Sample Street", 0.10, 0.175, 0.006, 0.008),
      text_at("Toledo, OH 43604", 0.10, 0.19, 0.006, 0.008),
  })};
  ExtractContext context{.pages = pages, .ocr = nullptr, .precise_ocr = nullptr, .names_ocr = nullptr, .render = {}};
  const auto read = read_bank_statement(context);
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(value_of(*read, "bank_name"), "Summit Peak Bank, N.A.");
  const Field* bank = read->fields.find("bank_name");
  ASSERT_FALSE(bank->source.empty());
  EXPECT_NEAR(bank->source[0].bbox.x1, 0.367 + 4 * 0.014, 1e-3);
}

TEST(BankStatementReaderTest, CheckedValuesInAColumnFarFromShortLabels) {
  // Values aligned in one column after labels of different lengths: the
  // IBAN starts 11 word heights after "IBAN:", the account number 12 after
  // "Acct #:", the sort code 9 after its label, the period 11 after "Period:".
  auto labelled = [](const std::string& label, const std::string& value, double y) {
    return join(text_at(label, 0.55, y, 0.006, 0.008), text_at(value, 0.668, y, 0.006, 0.008));
  };
  const std::vector<ocr::Page> pages{scanned_page({
      text_at("Northgate Building Society", 0.10, 0.050, 0.012, 0.016),
      join(text_at("Dana Q Example", 0.10, 0.16, 0.006, 0.008), labelled("Acct #:", "81278306", 0.16)),
      join(text_at("12 Sample Street", 0.10, 0.175, 0.006, 0.008), labelled("Sort Code:", "35-15-26", 0.175)),
      join(text_at("York", 0.10, 0.19, 0.006, 0.008), labelled("IBAN:", "GB46XJEY35152681278306", 0.19)),
      join(text_at("YO3 4UL", 0.10, 0.205, 0.006, 0.008), labelled("Period:", "2026-09-01 - 2026-09-30", 0.205)),
  })};
  ExtractContext context{.pages = pages, .ocr = nullptr, .precise_ocr = nullptr, .names_ocr = nullptr, .render = {}};
  const auto read = read_bank_statement(context);
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(value_of(*read, "account_number"), "81278306");
  EXPECT_EQ(value_of(*read, "sort_code"), "35-15-26");
  EXPECT_EQ(value_of(*read, "iban"), "GB46XJEY35152681278306");
  EXPECT_EQ(value_of(*read, "statement_period_start"), "2026-09-01");
  EXPECT_EQ(value_of(*read, "statement_period_end"), "2026-09-30");
}

// A one-page statement with a short transaction table, turned as given;
// `told` false: the page's info says it was read upright.
std::vector<ocr::Page> small_statement(int rotation, bool told) {
  auto cells = [](const std::string& date, const std::string& description, const std::string& debit,
                  const std::string& balance, double y) {
    return join(join(text_at(date, 0.08, y), text_at(description, 0.18, y)),
                join(text_at(debit, 0.62, y), text_at(balance, 0.84, y)));
  };
  std::vector<ocr::Page> pages{scanned_page(
      {text_at("Harborview Savings Bank", 0.08, 0.05, 0.012, 0.016),
       join(text_at("Dana Q Example", 0.08, 0.14), text_at("Period: 08/01/2026 - 08/31/2026", 0.55, 0.14)),
       text_at("12 Sample Street", 0.08, 0.16), text_at("Toledo, OH 43604", 0.08, 0.18),
       join(join(text_at("Date", 0.08, 0.30), text_at("Description", 0.18, 0.30)),
            join(join(text_at("Debit", 0.62, 0.30), text_at("Credit", 0.73, 0.30)), text_at("Balance", 0.84, 0.30))),
       cells("08/14", "ACH DEBIT HEARTHSTONE MORTGAGE", "261.77", "9,837.77", 0.33),
       cells("08/16", "CHECK #1680", "620.08", "9,217.69", 0.36)},
      testing::ScanOptions{.rotation = rotation})};
  if (!told) pages[0].text.info.rotation = 0;
  return pages;
}

TEST(BankStatementReaderTest, SidewaysPageOcrReadWithoutBeingToldItWasTurned) {
  for (auto [rotation, told] : {std::pair{0, true}, {90, true}, {90, false}, {270, false}}) {
    const std::vector<ocr::Page> pages = small_statement(rotation, told);
    ExtractContext context{.pages = pages, .ocr = nullptr, .precise_ocr = nullptr, .names_ocr = nullptr, .render = {}};
    const auto read = read_bank_statement(context);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(value_of(*read, "bank_name"), "Harborview Savings Bank") << rotation << " " << told;
    EXPECT_EQ(value_of(*read, "statement_period_end"), "2026-08-31") << rotation << " " << told;
    const Field* rows = read->fields.find("transactions");
    ASSERT_NE(rows, nullptr) << rotation << " " << told;
    ASSERT_TRUE(rows->value.is_array());
    ASSERT_EQ(rows->value.size(), 2u) << rotation << " " << told;
    EXPECT_EQ(rows->value[1]["amount"], "-620.08") << rotation << " " << told;
    EXPECT_EQ(rows->value[1]["date"], "2026-08-16") << rotation << " " << told;
  }
}

}  // namespace
}  // namespace kycx::extractors::statements
