// The pay stub, utility bill and W-2 readers on hand-built pages: what they
// read, and what they leave out (ambiguous or unreadable values go to review).
#include <gtest/gtest.h>

#include "extractors/common/layout_values.hpp"
#include "extractors/forms/form_address.hpp"
#include "extractors/forms/pay_stub_reader.hpp"
#include "extractors/forms/utility_bill_reader.hpp"
#include "extractors/forms/w2_reader.hpp"
#include "tests/extractors/form_pages.hpp"

namespace kycx::extractors::forms {
namespace {

using testing::join;
using testing::PlacedWord;
using testing::scanned_page;
using testing::text_at;

using Lines = std::vector<std::vector<PlacedWord>>;

ExtractContext context_of(const std::vector<ocr::Page>& pages) {
  return {.pages = pages, .ocr = nullptr, .precise_ocr = nullptr, .render = {}};
}

std::string value_of(const Extraction& e, std::string_view name) {
  const Field* f = e.fields.find(name);
  return f == nullptr || f->missing() ? "" : f->value.get<std::string>();
}

Lines pay_stub_lines(const std::string& employee) {
  return {
      text_at("Granite Peak Builders", 0.12, 0.05, 0.012, 0.016),
      join(text_at("Employee:", 0.08, 0.11), text_at(employee, 0.20, 0.11)),
      join(text_at("Employee ID:", 0.08, 0.13), text_at("E110-4564", 0.20, 0.13)),
      join(text_at("Pay Date:", 0.52, 0.11), text_at("2026-09-17", 0.66, 0.11)),
      join(text_at("Pay Period:", 0.52, 0.13), text_at("2026-08-29 - 2026-09-11", 0.66, 0.13)),
      join(text_at("Frequency:", 0.52, 0.15), text_at("Bi-Weekly", 0.66, 0.15)),
      join(join(text_at("Gross Earnings", 0.08, 0.25), text_at("4,268.80", 0.70, 0.25)),
           text_at("71,952.86", 0.85, 0.25)),
      join(join(text_at("Deductions Total", 0.08, 0.30), text_at("1,236.88", 0.70, 0.30)),
           text_at("21,344.37", 0.85, 0.30)),
      join(join(text_at("Net Pay", 0.08, 0.40), text_at("$3,031.92", 0.38, 0.40)),
           join(text_at("YTD Net:", 0.55, 0.40), text_at("$50,608.49", 0.82, 0.40))),
  };
}

TEST(FormReadersTest, PayStubFieldsFromLabelsAndTables) {
  const std::vector<ocr::Page> pages{scanned_page(pay_stub_lines("Oliver Lars Hill"))};
  const auto read = read_pay_stub(context_of(pages));
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(value_of(*read, "employer_name"), "Granite Peak Builders");
  EXPECT_EQ(value_of(*read, "employee_name"), "Oliver Lars Hill");
  EXPECT_EQ(value_of(*read, "employee_id"), "E110-4564");
  EXPECT_EQ(value_of(*read, "pay_date"), "2026-09-17");
  EXPECT_EQ(value_of(*read, "pay_period_start"), "2026-08-29");
  EXPECT_EQ(value_of(*read, "pay_period_end"), "2026-09-11");
  EXPECT_EQ(value_of(*read, "pay_frequency"), "biweekly");
  EXPECT_EQ(value_of(*read, "gross_pay"), "4268.80");
  EXPECT_EQ(value_of(*read, "ytd_gross"), "71952.86");
  EXPECT_EQ(value_of(*read, "total_deductions"), "1236.88");
  EXPECT_EQ(value_of(*read, "net_pay"), "3031.92");
  EXPECT_EQ(value_of(*read, "ytd_net"), "50608.49");
  EXPECT_EQ(value_of(*read, "currency"), "USD");
  // Every value says where it was read.
  const Field* net = read->fields.find("net_pay");
  ASSERT_NE(net, nullptr);
  ASSERT_EQ(net->source.size(), 1u);
  EXPECT_EQ(net->source[0].page, 1);
  EXPECT_EQ(net->source[0].text, "$3,031.92");
  EXPECT_EQ(net->method, Method::kOcrRules);
}

TEST(FormReadersTest, PayStubWithTwoEmployeesLeavesTheNameOut) {
  Lines lines = pay_stub_lines("Oliver Lars Hill");
  lines.push_back(join(text_at("Employee:", 0.08, 0.60), text_at("Maria Lopez", 0.20, 0.60)));
  const std::vector<ocr::Page> pages{scanned_page(lines)};
  const auto read = read_pay_stub(context_of(pages));
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(read->fields.find("employee_name"), nullptr);  // ambiguous: a person decides
  EXPECT_EQ(value_of(*read, "net_pay"), "3031.92");
}

Lines w2_lines(bool box2_empty, const std::string& employer = "Harborlight Hospitality") {
  const double s = 0.005, h = 0.006;  // small print of the labels
  Lines lines{
      text_at("a Employee's social security number", 0.05, 0.05, s, h),
      text_at("402-99-1356", 0.05, 0.065),
      join(join(text_at("b Employer identification number (EIN)", 0.05, 0.09, s, h),
                text_at("1 Wages, tips, other compensation", 0.50, 0.09, s, h)),
           text_at("2 Federal income tax withheld", 0.75, 0.09, s, h)),
      box2_empty ? join(text_at("33-2838645", 0.05, 0.11), text_at("41051.53", 0.64, 0.11))
                 : join(join(text_at("33-2838645", 0.05, 0.11), text_at("41051.53", 0.64, 0.11)),
                        text_at("4863.51", 0.89, 0.11)),
      join(join(text_at("c Employer's name, address, and ZIP code", 0.05, 0.135, s, h),
                text_at("3 Social security wages", 0.50, 0.135, s, h)),
           text_at("4 Social security tax withheld", 0.75, 0.135, s, h)),
      join(join(text_at(employer, 0.05, 0.155), text_at("44695.75", 0.64, 0.155)), text_at("2771.14", 0.89, 0.155)),
      join(join(text_at("151 N Market Street", 0.05, 0.175), text_at("5 Medicare wages and tips", 0.50, 0.175, s, h)),
           text_at("6 Medicare tax withheld", 0.75, 0.175, s, h)),
      join(join(text_at("Wooster OH 44691", 0.05, 0.2), text_at("44695.75", 0.64, 0.2)), text_at("648.09", 0.89, 0.2)),
      join(join(join(text_at("e Employee's first name and initial", 0.05, 0.32, s, h),
                     text_at("Last name", 0.30, 0.32, s, h)),
                text_at("Suff.", 0.46, 0.32, s, h)),
           text_at("11 Nonqualified plans", 0.50, 0.32, s, h)),
      join(text_at("JULIA HILL", 0.05, 0.34), text_at("D 3644.22", 0.85, 0.34)),
      join(join(text_at("Form W-2 Wage and Tax", 0.04, 0.55), text_at("2025", 0.43, 0.545, 0.012, 0.02)),
           text_at("Department of the Treasury", 0.68, 0.55)),
  };
  return lines;
}

TEST(FormReadersTest, W2BoxesReadUnderTheirLabels) {
  const std::vector<ocr::Page> pages{scanned_page(w2_lines(false))};
  const auto read = read_w2(context_of(pages));
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(value_of(*read, "tax_year"), "2025");
  EXPECT_EQ(value_of(*read, "employee_ssn"), "402-99-1356");
  EXPECT_EQ(value_of(*read, "employer_ein"), "33-2838645");
  EXPECT_EQ(value_of(*read, "employer_name"), "Harborlight Hospitality");
  EXPECT_EQ(value_of(*read, "employee_name"), "JULIA HILL");
  EXPECT_EQ(value_of(*read, "wages"), "41051.53");
  EXPECT_EQ(value_of(*read, "federal_income_tax_withheld"), "4863.51");
  EXPECT_EQ(value_of(*read, "social_security_wages"), "44695.75");
  EXPECT_EQ(value_of(*read, "social_security_tax_withheld"), "2771.14");
  EXPECT_EQ(value_of(*read, "medicare_wages"), "44695.75");
  EXPECT_EQ(value_of(*read, "medicare_tax_withheld"), "648.09");
}

TEST(FormReadersTest, W2EmployerNameIsTheBoxsFirstLineDigitsAndAll) {
  // A real W-2's employer "NORTH 312": the name was cut at its digits and
  // the city line under it read as a second name.
  const std::vector<ocr::Page> pages{scanned_page(w2_lines(false, "NORTH 312"))};
  const auto read = read_w2(context_of(pages));
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(value_of(*read, "employer_name"), "NORTH 312");
}

TEST(FormReadersTest, W2WithAnEmptyBoxLeavesItOut) {
  const std::vector<ocr::Page> pages{scanned_page(w2_lines(true))};
  const auto read = read_w2(context_of(pages));
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(read->fields.find("federal_income_tax_withheld"), nullptr);  // not the box below it
  EXPECT_EQ(value_of(*read, "wages"), "41051.53");
  EXPECT_EQ(value_of(*read, "social_security_tax_withheld"), "2771.14");
}

TEST(FormReadersTest, W2AmountOcrSplitAtItsSeparatorsIsOneAmount) {
  Lines lines = w2_lines(false);
  lines[7] = join(text_at("132 , 048 .37", 0.64, 0.2), text_at("1,914.70", 0.89, 0.2));
  const std::vector<ocr::Page> pages{scanned_page(lines)};
  const auto read = read_w2(context_of(pages));
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(value_of(*read, "medicare_wages"), "132048.37");
  EXPECT_EQ(value_of(*read, "medicare_tax_withheld"), "1914.70");
}

TEST(FormReadersTest, W2IdentifiersVoteAcrossCopiesWhoseLabelsAreIllegible) {
  // Several copies of the form on one page: only the first copy's labels
  // read, and its numbers misread; the other copies' identifiers outvote it.
  Lines lines = w2_lines(false);
  lines[1] = text_at("402-99-1366", 0.05, 0.065);
  lines[3] =
      join(join(text_at("33-2838845", 0.05, 0.11), text_at("41051.53", 0.64, 0.11)), text_at("4863.51", 0.89, 0.11));
  const double s = 0.005, h = 0.006;
  // Two copies side by side (a row across the page crosses both), one below.
  for (auto [x, y] : {std::pair{0.05, 0.62}, {0.55, 0.62}, {0.05, 0.80}}) {
    lines.push_back(text_at("a Enpevees 078 secs sow", x, y, s, h));
    lines.push_back(text_at("402-99-1356", x, y + 0.015));
    lines.push_back(text_at("0 Erooyer aetteann aumner", x, y + 0.04, s, h));
    lines.push_back(text_at("33-2838645", x, y + 0.055));
  }
  const std::vector<ocr::Page> pages{scanned_page(lines)};
  const auto read = read_w2(context_of(pages));
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(value_of(*read, "employee_ssn"), "402-99-1356");
  EXPECT_EQ(value_of(*read, "employer_ein"), "33-2838645");
  const Field* ssn = read->fields.find("employee_ssn");
  ASSERT_NE(ssn, nullptr);
  EXPECT_EQ(ssn->evidence.readings, 3);
  EXPECT_FALSE(ssn->evidence.readings_agree);
}

TEST(FormReadersTest, UtilityBillAddressBlockAndSummary) {
  const std::vector<ocr::Page> pages{scanned_page({
      text_at("Bluewater Utilities", 0.12, 0.06, 0.012, 0.018),
      join(text_at("Account Number", 0.55, 0.14), text_at("5861-513-885", 0.82, 0.14)),
      join(text_at("Sean Sanchez", 0.06, 0.16),
           join(text_at("Statement Date", 0.55, 0.16), text_at("09/07/2026", 0.82, 0.16))),
      join(text_at("151 Birch Dr", 0.06, 0.18),
           join(text_at("Payment Due", 0.55, 0.18), text_at("09/28/2026", 0.82, 0.18))),
      join(text_at("Columbus, OH 43229-3102", 0.06, 0.20),
           join(text_at("Amount Due", 0.55, 0.20), text_at("$193.74", 0.82, 0.20))),
      text_at("Service Address: 151 Birch Dr, Columbus, OH 43229-3102", 0.06, 0.26),
  })};
  const auto read = read_utility_bill(context_of(pages));
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(value_of(*read, "provider_name"), "Bluewater Utilities");
  EXPECT_EQ(value_of(*read, "account_holder_name"), "Sean Sanchez");
  EXPECT_EQ(value_of(*read, "account_number"), "5861-513-885");
  EXPECT_EQ(value_of(*read, "service_address_street"), "151 Birch Dr");
  EXPECT_EQ(value_of(*read, "service_address_city"), "Columbus");
  EXPECT_EQ(value_of(*read, "service_address_region"), "OH");
  EXPECT_EQ(value_of(*read, "service_address_postal_code"), "43229-3102");
  EXPECT_EQ(value_of(*read, "statement_date"), "2026-09-07");
  EXPECT_EQ(value_of(*read, "due_date"), "2026-09-28");
  EXPECT_EQ(value_of(*read, "amount_due"), "193.74");
  EXPECT_EQ(value_of(*read, "currency"), "USD");
}

TEST(FormReadersTest, UtilityBillValuesFoundByPositionSaySoUnlessALabelledLineConfirmsThem) {
  Lines lines = {
      text_at("Bluewater Utilities", 0.12, 0.06, 0.012, 0.018),
      text_at("Sean Sanchez", 0.06, 0.16),
      text_at("151 Birch Dr", 0.06, 0.18),
      text_at("Columbus, OH 43229-3102", 0.06, 0.20),
  };
  auto by_position = [](const Extraction& e, std::string_view name) {
    const Field* f = e.fields.find(name);
    return f != nullptr && f->evidence.by_position;
  };
  const std::vector<ocr::Page> block_only{scanned_page(lines)};
  const auto read = read_utility_bill(context_of(block_only));
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(value_of(*read, "service_address_street"), "151 Birch Dr");
  EXPECT_TRUE(by_position(*read, "provider_name"));  // the masthead
  EXPECT_TRUE(by_position(*read, "account_holder_name"));
  EXPECT_TRUE(by_position(*read, "service_address_street"));
  EXPECT_TRUE(by_position(*read, "service_address_postal_code"));
  lines.push_back(text_at("Service Address: 151 Birch Dr, Columbus, OH 43229-3102", 0.06, 0.26));
  const std::vector<ocr::Page> confirmed{scanned_page(lines)};
  const auto both = read_utility_bill(context_of(confirmed));
  ASSERT_TRUE(both.has_value());
  EXPECT_FALSE(by_position(*both, "service_address_street"));
  EXPECT_FALSE(by_position(*both, "service_address_city"));
}

TEST(FormReadersTest, UtilityBillAddressBlockWithWideLinesAndACanadianPostcodeSetApart) {
  // Lines 2.5 word heights apart; the postcode two spaces after the
  // province, as Canada Post asks.
  const std::vector<ocr::Page> pages{scanned_page({
      text_at("Clearline Broadband", 0.12, 0.05, 0.012, 0.018),
      text_at("ANDREW NOWAK", 0.06, 0.16),
      text_at("8306 Granite St", 0.06, 0.19),
      join(text_at("Halifax NS", 0.06, 0.22), text_at("B1B 8S1", 0.165, 0.22)),
  })};
  const auto read = read_utility_bill(context_of(pages));
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(value_of(*read, "account_holder_name"), "ANDREW NOWAK");
  EXPECT_EQ(value_of(*read, "service_address_street"), "8306 Granite St");
  EXPECT_EQ(value_of(*read, "service_address_city"), "Halifax");
  EXPECT_EQ(value_of(*read, "service_address_region"), "NS");
  EXPECT_EQ(value_of(*read, "service_address_postal_code"), "B1B 8S1");
}

TEST(FormReadersTest, UtilityBillCityLinePartsEachFromTheirOwnWords) {
  std::vector<ocr::Page> pages{scanned_page({
      text_at("Clearbrook Water", 0.12, 0.05, 0.012, 0.018),
      text_at("Ahmed Nelson", 0.06, 0.16),
      text_at("1619-9594 Orchard Ave", 0.06, 0.18),
      join(text_at("Edmonton AB", 0.06, 0.20), text_at("T5S 9C5", 0.165, 0.20)),
  })};
  for (ocr::Word& w : pages[0].text.words) {
    if (w.text == "AB") w.confidence = 0.04f;  // Tesseract's doubt about a province code
  }
  const auto read = read_utility_bill(context_of(pages));
  ASSERT_TRUE(read.has_value());
  const Field* city = read->fields.find("service_address_city");
  const Field* region = read->fields.find("service_address_region");
  const Field* postcode = read->fields.find("service_address_postal_code");
  ASSERT_TRUE(city && region && postcode);
  EXPECT_EQ(city->value, "Edmonton");
  EXPECT_NEAR(city->evidence.ocr_confidence, 0.95, 1e-6);
  EXPECT_NEAR(region->evidence.ocr_confidence, 0.04, 1e-6);
  EXPECT_NEAR(postcode->evidence.ocr_confidence, 0.95, 1e-6);
  EXPECT_LT(city->source[0].bbox.x1, region->source[0].bbox.x0);
  EXPECT_LT(region->source[0].bbox.x1, postcode->source[0].bbox.x0);
}

TEST(FormReadersTest, UtilityBillServiceAddressLineReadsTheAddressAndConfirmsTheBlock) {
  Lines lines{
      text_at("Bluewater Utilities", 0.12, 0.06, 0.012, 0.018),
      text_at("Sean Sanchez", 0.06, 0.16),
      text_at("151 Birch Dr", 0.06, 0.18),
      text_at("Columbus, OH 43229-3102", 0.06, 0.20),
      text_at("Service Address: 151 Birch Dr, Columbus, OH 43229-3102", 0.06, 0.26),
  };
  const std::vector<ocr::Page> both{scanned_page(lines)};
  const auto read = read_utility_bill(context_of(both));
  ASSERT_TRUE(read.has_value());
  const Field* street = read->fields.find("service_address_street");
  ASSERT_NE(street, nullptr);
  EXPECT_EQ(street->value, "151 Birch Dr");
  EXPECT_EQ(street->evidence.readings, 2);
  EXPECT_TRUE(street->evidence.readings_agree);
  EXPECT_EQ(street->source.size(), 2u);
  // The block unread (no name above the street): the line alone.
  lines[1] = text_at("Quarterly bill", 0.06, 0.10);
  lines.push_back(text_at("Supply address: 8306 Granite St, Halifax NS  B1B 8S1", 0.06, 0.30));
  lines.erase(lines.begin() + 4);
  lines.erase(lines.begin() + 2, lines.begin() + 4);
  const std::vector<ocr::Page> line_only{scanned_page(lines)};
  const auto alone = read_utility_bill(context_of(line_only));
  ASSERT_TRUE(alone.has_value());
  EXPECT_EQ(value_of(*alone, "service_address_street"), "8306 Granite St");
  EXPECT_EQ(value_of(*alone, "service_address_city"), "Halifax");
  EXPECT_EQ(value_of(*alone, "service_address_region"), "NS");
  EXPECT_EQ(value_of(*alone, "service_address_postal_code"), "B1B 8S1");
  EXPECT_EQ(alone->fields.find("account_holder_name"), nullptr);
  // Block and line disagree: the service line's address, for a person to confirm.
  Lines moved{
      text_at("Bluewater Utilities", 0.12, 0.06, 0.012, 0.018),
      text_at("Sean Sanchez", 0.06, 0.16),
      text_at("PO Box 77", 0.06, 0.18),
      text_at("Columbus, OH 43229-3102", 0.06, 0.20),
      text_at("Service Address: 151 Birch Dr, Columbus, OH 43229-3102", 0.06, 0.26),
  };
  const std::vector<ocr::Page> differing{scanned_page(moved)};
  const auto mailing = read_utility_bill(context_of(differing));
  ASSERT_TRUE(mailing.has_value());
  const Field* service_street = mailing->fields.find("service_address_street");
  ASSERT_NE(service_street, nullptr);
  EXPECT_EQ(service_street->value, "151 Birch Dr");
  EXPECT_TRUE(service_street->review.required);
  EXPECT_EQ(value_of(*mailing, "service_address_city"), "Columbus");
}

TEST(FormReadersTest, UtilityBillUkSupplyAddressLineWinsOverTheMailingAddress) {
  // A UK bill mailed to one address for a supply at another: the supply line
  // ("street, town, county, postcode") is the service address, for a person
  // to confirm; it was skipped, and the mailing address accepted.
  Lines lines{
      text_at("Windrush Energy", 0.12, 0.06, 0.012, 0.018),
      text_at("Fatima Clark", 0.06, 0.16),
      text_at("59 Chestnut Street", 0.06, 0.18),
      text_at("Bristol", 0.06, 0.20),
      text_at("BS6 1QE", 0.06, 0.22),
      text_at("Supply address: 15 Elmwood Avenue, Exeter, Devon, EX18 6HJ", 0.06, 0.28),
  };
  const std::vector<ocr::Page> pages{scanned_page(lines)};
  const auto read = read_utility_bill(context_of(pages));
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(value_of(*read, "service_address_street"), "15 Elmwood Avenue");
  EXPECT_EQ(value_of(*read, "service_address_city"), "Exeter");
  EXPECT_EQ(value_of(*read, "service_address_postal_code"), "EX18 6HJ");
  EXPECT_TRUE(read->fields.find("service_address_street")->review.required);
}

TEST(FormReadersTest, UtilityBillCurrencyFollowsAnyCityLineWhenTheAddressBlockIsUnread) {
  // No address block (the name and street are not there), but the provider's
  // address line shows a Canadian city: "$" is Canadian dollars.
  const auto bill = [](const std::string& provider_line) {
    return std::vector<ocr::Page>{scanned_page({
        text_at("Clearbrook Water", 0.12, 0.06, 0.012, 0.018),
        text_at(provider_line, 0.12, 0.08),
        join(text_at("Bill Date", 0.55, 0.16), text_at("10/18/2026", 0.82, 0.16)),
        join(text_at("Amount Due", 0.08, 0.38), text_at("30.05", 0.88, 0.38)),
    })};
  };
  const auto canadian = read_utility_bill(context_of(bill("719-4015 Lakeview Pl, Winnipeg MB R2C 5B8")));
  ASSERT_TRUE(canadian.has_value());
  EXPECT_EQ(value_of(*canadian, "amount_due"), "30.05");
  EXPECT_EQ(value_of(*canadian, "currency"), "CAD");
  // Nothing says which country: no currency rather than a guess.
  const auto unknown = read_utility_bill(context_of(bill("Customer service: call us any day")));
  ASSERT_TRUE(unknown.has_value());
  EXPECT_EQ(value_of(*unknown, "amount_due"), "30.05");
  EXPECT_EQ(value_of(*unknown, "currency"), "");
}

TEST(FormReadersTest, CityLinesOfTheUsCanadaAndTheUk) {
  auto us = parse_city_line("Lansing, Mi 4897O");
  ASSERT_TRUE(us.has_value());
  EXPECT_EQ(us->city, "Lansing");
  EXPECT_EQ(us->region, "MI");
  EXPECT_EQ(us->postal_code, "48970");
  auto ca = parse_city_line("Toronto ON  MOB 3B4");
  ASSERT_TRUE(ca.has_value());
  EXPECT_EQ(ca->postal_code, "M0B 3B4");
  EXPECT_EQ(ca->country, "CA");
  auto uk = parse_city_line("LS6 2QH");
  ASSERT_TRUE(uk.has_value());
  EXPECT_EQ(uk->country, "GB");
  EXPECT_FALSE(parse_city_line("Columbus, ZZ 43299").has_value());             // no such state
  EXPECT_FALSE(parse_city_line("12 Oak St, Columbus, OH 43299").has_value());  // a street, not a city
  EXPECT_FALSE(parse_city_line("Columbus, OH 4329").has_value());
}

TEST(FormReadersTest, NothingReadFromPagesWithoutWords) {
  const std::vector<ocr::Page> none;
  EXPECT_FALSE(read_pay_stub(context_of(none)).has_value());
  EXPECT_FALSE(read_utility_bill(context_of(none)).has_value());
  EXPECT_FALSE(read_w2(context_of(none)).has_value());
  const std::vector<ocr::Page> blank{scanned_page({})};
  EXPECT_FALSE(read_w2(context_of(blank)).has_value());
}

// One reading of a field for vote(): a value read with an OCR confidence.
Field reading(std::string value, double confidence) {
  Field f;
  f.value = std::move(value);
  f.evidence.ocr_confidence = confidence;
  f.source.push_back({1, {}, "x"});
  return f;
}

TEST(FormReadersTest, VoteTakesTheMajorityAndLeavesTiesOut) {
  auto majority = vote({reading("A", 0.9), reading("B", 0.95), reading("A", 0.8)});
  ASSERT_TRUE(majority.has_value());
  EXPECT_EQ(majority->value, "A");
  EXPECT_EQ(majority->evidence.readings, 2);
  EXPECT_FALSE(majority->evidence.readings_agree);
  EXPECT_EQ(majority->source.size(), 2u);
  EXPECT_FALSE(vote({reading("A", 0.9), reading("B", 0.9)}).has_value());
  EXPECT_EQ(vote({reading("A", 0.5), reading("B", 0.95)})->value, "B");
  EXPECT_FALSE(vote({}).has_value());
}

TEST(FormReadersTest, VoteWithoutAMajorityAsksForReview) {
  // Two of four copies agree, the other two read otherwise: a plurality, not a majority.
  auto plurality = vote({reading("A", 0.9), reading("B", 0.95), reading("A", 0.8), reading("C", 0.9)});
  ASSERT_TRUE(plurality.has_value());
  EXPECT_EQ(plurality->value, "A");
  EXPECT_TRUE(plurality->review.required);
  EXPECT_EQ(plurality->review.reasons, std::vector<std::string>{"conflict"});
  // Two readings that disagree, settled by OCR confidence alone.
  auto settled = vote({reading("A", 0.5), reading("B", 0.95)});
  ASSERT_TRUE(settled.has_value());
  EXPECT_TRUE(settled->review.required);
  // A majority needs no one.
  auto majority = vote({reading("A", 0.9), reading("B", 0.95), reading("A", 0.8)});
  ASSERT_TRUE(majority.has_value());
  EXPECT_FALSE(majority->review.required);
}

}  // namespace
}  // namespace kycx::extractors::forms
