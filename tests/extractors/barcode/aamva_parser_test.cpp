#include "extractors/barcode/aamva_parser.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "core/json.hpp"

namespace kycx::extractors::barcode {
namespace {

// Synthetic people only. Elements are (ID, value) pairs.
using Elements = std::vector<std::pair<std::string, std::string>>;

struct Subfile {
  std::string type;
  Elements elements;
};

std::string body_of(const Subfile& s) {
  std::string body = s.type;
  for (size_t i = 0; i < s.elements.size(); ++i) {
    if (i) body += '\n';
    body += s.elements[i].first + s.elements[i].second;
  }
  return body + '\r';
}

// A payload as the standard lays it out (version 2+ header unless `version` is 1).
std::string encode(const std::string& iin, int version, int jurisdiction_version, const std::vector<Subfile>& subs) {
  const std::string prefix = "@\n\x1e\rANSI ";
  char buf[16];
  std::string header = prefix + iin;
  std::snprintf(buf, sizeof buf, "%02d", version);
  header += buf;
  if (version > 1) {
    std::snprintf(buf, sizeof buf, "%02d", jurisdiction_version);
    header += buf;
  }
  std::snprintf(buf, sizeof buf, "%02zu", subs.size());
  header += buf;
  size_t offset = header.size() + 10 * subs.size();
  std::string bodies;
  for (const auto& s : subs) {
    const std::string body = body_of(s);
    std::snprintf(buf, sizeof buf, "%04zu%04zu", offset, body.size());
    header += s.type + buf;
    offset += body.size();
    bodies += body;
  }
  return header + bodies;
}

Elements us_person() {
  return {{"DAQ", "D1234567"},   {"DCA", "C"},
          {"DCB", "NONE"},       {"DCD", "NONE"},
          {"DBA", "08142029"},   {"DCS", "QUILLFEATHER"},
          {"DAC", "MARGOT"},     {"DAD", "ELISE ANN"},
          {"DBD", "08142021"},   {"DBB", "08141990"},
          {"DBC", "2"},          {"DAY", "BRO"},
          {"DAU", "066 in"},     {"DAG", "1200 EXAMPLE ST"},
          {"DAH", "APT 4"},      {"DAI", "SACRAMENTO"},
          {"DAJ", "CA"},         {"DAK", "958181234  "},
          {"DCF", "0A1B2C3D4E"}, {"DCG", "USA"},
          {"DDE", "N"},          {"DDF", "N"},
          {"DDG", "N"}};
}

Elements ca_person() {
  return {{"DCA", "G"},
          {"DBA", "20300102"},
          {"DCS", "TREMBLAYSON"},
          {"DAC", "OLIVIER"},
          {"DAD", "NONE"},
          {"DBD", "20250102"},
          {"DBB", "19850102"},
          {"DBC", "1"},
          {"DAG", "77 SAMPLE RD"},
          {"DAI", "TORONTO"},
          {"DAJ", "ON"},
          {"DAK", "M5V2T6     "},
          {"DAQ", "T12345678901234"},
          {"DCG", "CAN"}};
}

std::string value(const AamvaRecord& r, const std::string& field) {
  const AamvaValue* v = r.field(field);
  return v ? v->value : "<missing>";
}

bool has_problem(const AamvaRecord& r, const std::string& rule, bool review) {
  return std::any_of(r.problems.begin(), r.problems.end(),
                     [&](const AamvaProblem& p) { return p.rule == rule && p.review == review; });
}

TEST(AamvaParserTest, ReadsAVersion10UsLicence) {
  const std::string payload = encode("636014", 10, 1, {{"DL", us_person()}, {"ZC", {{"ZCA", "FRONT"}, {"ZCB", "07"}}}});
  auto r = parse_aamva(payload);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->header.file_type, "ANSI ");
  EXPECT_EQ(r->header.iin, "636014");
  EXPECT_EQ(r->header.aamva_version, 10);
  EXPECT_EQ(r->header.jurisdiction_version, 1);
  EXPECT_EQ(r->header.entries, 2);
  ASSERT_EQ(r->header.designators.size(), 2u);
  EXPECT_EQ(r->header.designators[1].type, "ZC");
  EXPECT_EQ(r->subfile_type, "DL");
  EXPECT_EQ(r->jurisdiction, "CA");
  EXPECT_EQ(r->country, "USA");
  EXPECT_EQ(r->elements.at("DAY"), "BRO");
  EXPECT_EQ(r->jurisdiction_elements.at("ZCB"), "07");
  EXPECT_EQ(value(*r, "document_number"), "D1234567");
  EXPECT_EQ(value(*r, "surname"), "QUILLFEATHER");
  EXPECT_EQ(value(*r, "given_names"), "MARGOT ELISE ANN");
  EXPECT_EQ(value(*r, "date_of_birth"), "1990-08-14");
  EXPECT_EQ(value(*r, "date_of_issue"), "2021-08-14");
  EXPECT_EQ(value(*r, "date_of_expiry"), "2029-08-14");
  EXPECT_EQ(value(*r, "sex"), "F");
  EXPECT_EQ(value(*r, "address_street"), "1200 EXAMPLE ST APT 4");
  EXPECT_EQ(value(*r, "address_city"), "SACRAMENTO");
  EXPECT_EQ(value(*r, "address_state"), "CA");
  EXPECT_EQ(value(*r, "address_postal_code"), "95818-1234");
  EXPECT_EQ(value(*r, "issuing_jurisdiction"), "CA");
  EXPECT_EQ(r->field("date_of_birth")->raw, "08141990");
  EXPECT_EQ(r->field("address_street")->elements, (std::vector<std::string>{"DAG", "DAH"}));
  EXPECT_TRUE(r->problems.empty());
  EXPECT_FALSE(r->needs_review());
}

TEST(AamvaParserTest, CanadianDatesAreYearFirst) {
  auto r = parse_aamva(encode("636012", 8, 0, {{"DL", ca_person()}}));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->jurisdiction, "ON");
  EXPECT_EQ(r->country, "CAN");
  EXPECT_EQ(value(*r, "date_of_birth"), "1985-01-02");
  EXPECT_EQ(value(*r, "date_of_issue"), "2025-01-02");
  EXPECT_EQ(value(*r, "date_of_expiry"), "2030-01-02");
  EXPECT_EQ(value(*r, "given_names"), "OLIVIER");  // DAD NONE is no middle name
  EXPECT_EQ(value(*r, "address_postal_code"), "M5V 2T6");
  EXPECT_EQ(value(*r, "sex"), "M");
  EXPECT_FALSE(r->needs_review());
}

TEST(AamvaParserTest, CountryFromTheIssuerWhenDcgIsAbsent) {
  Elements e = ca_person();
  e.erase(std::remove_if(e.begin(), e.end(), [](const auto& kv) { return kv.first == "DCG"; }), e.end());
  auto r = parse_aamva(encode("604428", 9, 2, {{"DL", e}}));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->jurisdiction, "QC");
  EXPECT_EQ(r->country, "CAN");
  EXPECT_EQ(value(*r, "date_of_birth"), "1985-01-02");
  EXPECT_FALSE(r->needs_review());
}

TEST(AamvaParserTest, Version3GivenNamesInDct) {
  Elements e = us_person();
  e.erase(std::remove_if(e.begin(), e.end(),
                         [](const auto& kv) { return kv.first == "DAC" || kv.first == "DAD" || kv.first[1] == 'D'; }),
          e.end());
  e.emplace_back("DCT", "MARGOT,ELISE ANN");
  auto r = parse_aamva(encode("636015", 3, 0, {{"DL", e}}));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->jurisdiction, "TX");
  EXPECT_EQ(value(*r, "surname"), "QUILLFEATHER");
  EXPECT_EQ(value(*r, "given_names"), "MARGOT ELISE ANN");
  EXPECT_EQ(value(*r, "date_of_birth"), "1990-08-14");
}

TEST(AamvaParserTest, Version1FullNameAndYearFirstDates) {
  const Elements e{
      {"DAQ", "V99887766"}, {"DAA", "PEBBLESTONE,ARLO,J"}, {"DAG", "5 TEST CIR"}, {"DAI", "RICHMOND"}, {"DAJ", "VA"},
      {"DAK", "232190000"}, {"DBA", "20270301"},           {"DBB", "19700301"},   {"DBD", "20190301"}, {"DBC", "M"}};
  const std::string payload = encode("636000", 1, 0, {{"DL", e}});
  auto r = parse_aamva(payload);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->header.aamva_version, 1);
  EXPECT_EQ(r->header.jurisdiction_version, -1);
  EXPECT_EQ(r->jurisdiction, "VA");
  EXPECT_EQ(value(*r, "surname"), "PEBBLESTONE");
  EXPECT_EQ(value(*r, "given_names"), "ARLO J");
  EXPECT_EQ(value(*r, "date_of_birth"), "1970-03-01");
  EXPECT_EQ(value(*r, "date_of_expiry"), "2027-03-01");
  EXPECT_EQ(value(*r, "sex"), "M");
  EXPECT_EQ(value(*r, "address_postal_code"), "23219");
  EXPECT_FALSE(r->needs_review());
}

TEST(AamvaParserTest, Version1DollarSeparatedNameAndAamvaFileType) {
  std::string payload =
      "@\n\x1e\rAAMVA6360250101DL00290112DLDAQ12345678\nDAAWILLOWBY$FERN$\nDBB19881224\n"
      "DBA20281224\nDBD20201224\nDBC2\nDAGONE MAIN ST\nDAIHARRISBURG\nDAJPA\nDAK171010000\r";
  auto r = parse_aamva(payload);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->header.file_type, "AAMVA");
  EXPECT_EQ(r->jurisdiction, "PA");
  EXPECT_EQ(value(*r, "surname"), "WILLOWBY");
  EXPECT_EQ(value(*r, "given_names"), "FERN");
  EXPECT_EQ(value(*r, "date_of_birth"), "1988-12-24");
  EXPECT_EQ(value(*r, "sex"), "F");
}

TEST(AamvaParserTest, TruncatedNameNeedsReview) {
  Elements e = us_person();
  for (auto& kv : e) {
    if (kv.first == "DDE") kv.second = "T";
  }
  auto r = parse_aamva(encode("636014", 9, 0, {{"DL", e}}));
  ASSERT_TRUE(r);
  EXPECT_TRUE(has_problem(*r, "aamva.truncation", true));
  EXPECT_TRUE(r->needs_review());
  EXPECT_EQ(value(*r, "surname"), "QUILLFEATHER");
}

TEST(AamvaParserTest, ToleratesBrokenSeparatorsAndWrongOffsets) {
  std::string payload = encode("636014", 10, 3, {{"DL", us_person()}});
  payload.replace(0, 4, "@\n\r");  // RS missing before the file type
  // Offsets now point one byte too far; doubled and CRLF separators in the body.
  const size_t dag = payload.find("\nDAG");
  payload.insert(dag, "\n");
  const size_t dai = payload.find("\nDAI");
  payload.insert(dai, "\r");
  auto r = parse_aamva(payload);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(value(*r, "address_street"), "1200 EXAMPLE ST APT 4");
  EXPECT_EQ(value(*r, "address_city"), "SACRAMENTO");
  EXPECT_EQ(value(*r, "date_of_birth"), "1990-08-14");
  EXPECT_EQ(value(*r, "document_number"), "D1234567");
  EXPECT_TRUE(has_problem(*r, "aamva.header", false));
  EXPECT_TRUE(has_problem(*r, "aamva.subfile_offset", false));
  EXPECT_FALSE(r->needs_review());
}

TEST(AamvaParserTest, FindsTheSubfileWhenTheHeaderIsDamaged) {
  std::string payload = encode("636014", 10, 3, {{"DL", us_person()}});
  payload.replace(payload.find("ANSI"), 4, "AN?I");
  auto r = parse_aamva(payload);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(value(*r, "surname"), "QUILLFEATHER");
  EXPECT_TRUE(has_problem(*r, "aamva.header", true));
  // Without the IIN the issuer comes from the address state, flagged for review.
  EXPECT_EQ(value(*r, "issuing_jurisdiction"), "CA");
  EXPECT_TRUE(has_problem(*r, "aamva.iin", true));
}

TEST(AamvaParserTest, SplitsElementsGluedByAMissingSeparator) {
  std::string payload = encode("636014", 10, 3, {{"DL", us_person()}});
  payload.erase(payload.find("\nDAC"), 1);
  auto r = parse_aamva(payload);
  ASSERT_TRUE(r);
  EXPECT_EQ(value(*r, "surname"), "QUILLFEATHER");
  EXPECT_EQ(value(*r, "given_names"), "MARGOT ELISE ANN");
  EXPECT_TRUE(has_problem(*r, "aamva.separator", true));
}

TEST(AamvaParserTest, UsLicenceWithYearFirstDatesIsAToleratedQuirk) {
  Elements e = us_person();
  for (auto& kv : e) {
    if (kv.first == "DBB") kv.second = "19900814";
  }
  auto r = parse_aamva(encode("636014", 8, 0, {{"DL", e}}));
  ASSERT_TRUE(r);
  EXPECT_EQ(value(*r, "date_of_birth"), "1990-08-14");
  EXPECT_TRUE(has_problem(*r, "aamva.date_order", false));
  EXPECT_FALSE(r->needs_review());
}

TEST(AamvaParserTest, UnreadableDateIsAFailedCheckNotAGuess) {
  Elements e = us_person();
  for (auto& kv : e) {
    if (kv.first == "DBB") kv.second = "13451990";
  }
  auto r = parse_aamva(encode("636014", 8, 0, {{"DL", e}}));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->field("date_of_birth"), nullptr);
  EXPECT_TRUE(has_problem(*r, "aamva.date.date_of_birth", true));
}

TEST(AamvaParserTest, DatesOutOfSequenceNeedReview) {
  Elements e = us_person();
  for (auto& kv : e) {
    if (kv.first == "DBA") kv.second = "08142020";
  }
  auto r = parse_aamva(encode("636014", 8, 0, {{"DL", e}}));
  ASSERT_TRUE(r);
  EXPECT_TRUE(has_problem(*r, "aamva.date_sequence", true));
}

TEST(AamvaParserTest, IdCardSubfileAndUnknownIssuer) {
  auto r = parse_aamva(encode("999999", 10, 0, {{"ID", us_person()}}));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->subfile_type, "ID");
  EXPECT_EQ(value(*r, "issuing_jurisdiction"), "CA");
  EXPECT_TRUE(has_problem(*r, "aamva.iin", true));
  EXPECT_EQ(r->country, "USA");  // from DCG
}

TEST(AamvaParserTest, BadSexCodeAndPostalCodeAreProblems) {
  Elements e = us_person();
  for (auto& kv : e) {
    if (kv.first == "DBC") kv.second = "0";
    if (kv.first == "DAK") kv.second = "95";
  }
  auto r = parse_aamva(encode("636014", 10, 0, {{"DL", e}}));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->field("sex"), nullptr);
  EXPECT_EQ(r->field("address_postal_code"), nullptr);
  EXPECT_TRUE(has_problem(*r, "aamva.sex", true));
  EXPECT_TRUE(has_problem(*r, "aamva.postal_code", true));
}

TEST(AamvaParserTest, Latin1LettersBecomeUtf8) {
  Elements e = ca_person();
  for (auto& kv : e) {
    if (kv.first == "DCS") kv.second = "TREMBLAY-B\xC9LANGER";  // ISO 8859-1 E acute
  }
  auto r = parse_aamva(encode("604428", 9, 0, {{"DL", e}}));
  ASSERT_TRUE(r);
  EXPECT_EQ(value(*r, "surname"), "TREMBLAY-B\xC3\x89LANGER");
  EXPECT_EQ(value(*r, "given_names"), "OLIVIER");
}

TEST(AamvaParserTest, RefusesPayloadsThatAreNotAamva) {
  for (const std::string& payload :
       {std::string(), std::string("https://example.com/track?id=42"), std::string("Hello, world"),
        std::string("@\n\x1e\r"), std::string("DL only two letters"), std::string(300, '\0')}) {
    auto r = parse_aamva(payload);
    ASSERT_FALSE(r) << "accepted a non-AAMVA payload";
    EXPECT_EQ(r.error().code, ErrorCode::kUnsupportedFormat);
  }
}

TEST(AamvaParserTest, SurvivesEveryTruncationOfAPayload) {
  const std::string payload = encode("636014", 10, 1, {{"DL", us_person()}, {"ZC", {{"ZCA", "X"}}}});
  for (size_t n = 0; n <= payload.size(); ++n) {
    auto r = parse_aamva(std::string_view(payload).substr(0, n));
    if (r) {
      for (const auto& [name, v] : r->fields) EXPECT_FALSE(v.value.empty()) << name;
    }
  }
}

// Payloads of the synthetic document generator (scripts/generate) with the
// fields it printed: every field must come back exactly.
TEST(AamvaParserTest, ReadsEveryGeneratedPayloadExactly) {
  std::ifstream in("tests/data/barcode/aamva_payloads.jsonl");
  if (!in) GTEST_SKIP() << "tests/data/barcode/aamva_payloads.jsonl not found (run from the repository root)";
  int documents = 0;
  std::string line;
  while (std::getline(in, line)) {
    const Json doc = Json::parse(line);
    auto r = parse_aamva(doc.at("payload").get<std::string>());
    ASSERT_TRUE(r) << "document " << documents;
    for (const auto& [name, truth] : doc.at("fields").items()) {
      EXPECT_EQ(value(*r, name), truth.get<std::string>()) << "document " << documents << " field " << name;
    }
    EXPECT_FALSE(r->needs_review()) << "document " << documents;
    ++documents;
  }
  EXPECT_GE(documents, 100);
}

}  // namespace
}  // namespace kycx::extractors::barcode
