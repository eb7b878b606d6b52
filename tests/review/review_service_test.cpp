#include "review/review_service.hpp"

#include <thread>

#include <gtest/gtest.h>

#include "store/review_repository.hpp"
#include "tests/support/test_files.hpp"

namespace kycx::review {
namespace {

namespace fs = std::filesystem;

// A W-2 whose box 4 fails its 6.2 % rule and whose wages were read with low confidence.
Envelope w2_envelope() {
  Envelope e;
  e.document_id = std::string(64, 'c');
  e.source.relative_path = "app-9/w2.pdf";
  e.document_type = "w2";
  auto set = [&](const std::string& name, const std::string& value, std::vector<std::string> reasons = {}) {
    Field f;
    f.value = value;
    f.confidence = 0.95;
    f.method = Method::kOcrRules;
    for (auto& r : reasons) f.review.add(r);
    e.fields.set(name, f);
  };
  set("tax_year", "2025");
  set("employer_ein", "12-3456789");
  set("employer_name", "Acme Tools Inc");
  set("employee_ssn", "123-45-6789");
  set("employee_name", "JANE Q SAMPLE");
  set("wages", "52000.00", {"low_confidence"});
  set("federal_income_tax_withheld", "6100.00");
  set("social_security_wages", "52000.00");
  set("social_security_tax_withheld", "3224.00");
  set("medicare_wages", "52000.00");
  set("medicare_tax_withheld", "754.00");
  e.status = DocumentStatus::kNeedsReview;
  e.review.add("low_confidence");
  return e;
}

class ReviewServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_path_ = dir_.path() / "store" / "kycx.sqlite";
    outbox_file_ = dir_.path() / "out" / "app-9" / "w2.pdf.json";
    auto service = ReviewService::open(db_path_);
    ASSERT_TRUE(service) << service.error().message;
    ASSERT_TRUE(store::ReviewRepository(service->database())
                    .enqueue(w2_envelope(), (dir_.path() / "out").string(), "app-9/w2.pdf.json"));
  }
  ReviewService open() { return std::move(*ReviewService::open(db_path_)); }

  kycx::testing::TempDir dir_;
  fs::path db_path_;
  fs::path outbox_file_;
};

TEST_F(ReviewServiceTest, ApprovingTheDoubtfulFieldAcceptsTheDocumentAndRecordsWhoAndWhen) {
  auto service = open();
  auto doc = service.approve("cccccccc", "wages", {"alice", "matches the paper copy"});
  ASSERT_TRUE(doc) << doc.error().message;
  EXPECT_EQ(doc->envelope.status, DocumentStatus::kAccepted);
  EXPECT_FALSE(doc->envelope.fields.find("wages")->review.required);
  // The outbox file was rewritten with the new status.
  const Json written = Json::parse(kycx::testing::read_bytes(outbox_file_));
  EXPECT_EQ(written["status"], "accepted");
  auto history = service.show("app-9/w2.pdf");
  ASSERT_TRUE(history);
  ASSERT_EQ(history->audit.size(), 1u);
  EXPECT_EQ(history->audit[0].actor, "alice");
  EXPECT_EQ(history->audit[0].action, "approve");
  EXPECT_EQ(history->audit[0].field, "wages");
  EXPECT_EQ(history->audit[0].reason, "matches the paper copy");
  EXPECT_FALSE(history->audit[0].at.empty());
}

TEST_F(ReviewServiceTest, CorrectionSetsMethodReviewReChecksAndKeepsOldValueInTheAudit) {
  auto service = open();
  // Box 4 corrected to a value that breaks the 6.2 % rule: the rule now fails on the other fields.
  auto doc = service.correct("cccccccc", "social_security_tax_withheld", "3000.00", {"bob", ""});
  ASSERT_TRUE(doc) << doc.error().message;
  const Field* f = doc->envelope.fields.find("social_security_tax_withheld");
  EXPECT_EQ(f->value, "3000.00");
  EXPECT_EQ(f->method, Method::kReview);
  EXPECT_FALSE(f->review.required);
  EXPECT_TRUE(doc->envelope.fields.find("social_security_wages")->review.required);
  EXPECT_EQ(doc->envelope.status, DocumentStatus::kNeedsReview);
  auto history = service.show("cccccccc");
  ASSERT_EQ(history->audit.size(), 1u);
  EXPECT_EQ(history->audit[0].old_value, "3224.00");
  EXPECT_EQ(history->audit[0].new_value, "3000.00");
}

TEST_F(ReviewServiceTest, BadValueUnknownFieldAndUnknownDocumentChangeNothing) {
  auto service = open();
  auto bad = service.correct("cccccccc", "employee_ssn", "123456789", {"bob", ""});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(bad.error().message.find("nothing was changed"), std::string::npos);
  auto unknown_field = service.approve("cccccccc", "favourite_colour", {"bob", ""});
  ASSERT_FALSE(unknown_field);
  EXPECT_EQ(unknown_field.error().code, ErrorCode::kInvalidArgument);
  auto unknown_doc = service.approve("deadbeefdeadbeef", "wages", {"bob", ""});
  ASSERT_FALSE(unknown_doc);
  EXPECT_EQ(unknown_doc.error().code, ErrorCode::kNotFound);
  auto history = service.show("cccccccc");
  EXPECT_TRUE(history->audit.empty());
  EXPECT_EQ(history->document.revision, 1);
  EXPECT_FALSE(fs::exists(outbox_file_));
}

TEST_F(ReviewServiceTest, RejectRecordsTheReviewersReason) {
  auto service = open();
  auto doc = service.reject("cccccccc", {"carol", "document is a photocopy of a photocopy"});
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->envelope.status, DocumentStatus::kRejected);
  ASSERT_FALSE(doc->envelope.errors.empty());
  EXPECT_EQ(doc->envelope.errors.back().code, "rejected_by_reviewer");
}

TEST_F(ReviewServiceTest, AReviewedDocumentIsFinal) {
  auto service = open();
  ASSERT_TRUE(service.reject("cccccccc", {"carol", "a photocopy of a photocopy"}));
  auto approve = service.approve("cccccccc", "wages", {"dave", ""});
  ASSERT_FALSE(approve);  // an approve after a reject does not reopen it
  EXPECT_EQ(approve.error().code, ErrorCode::kConflict);
  EXPECT_FALSE(service.correct("cccccccc", "wages", "52000.00", {"dave", ""}));
  EXPECT_FALSE(service.reject("cccccccc", {"dave", "again"}));
  EXPECT_EQ(service.show("cccccccc")->audit.size(), 1u);
  EXPECT_EQ(service.show("cccccccc")->document.envelope.status, DocumentStatus::kRejected);
}

TEST_F(ReviewServiceTest, ACorrectionMustPassTheRulesOfItsValue) {
  auto service = open();
  auto ssn = service.correct("cccccccc", "employee_ssn", "000-00-0000", {"bob", ""});
  ASSERT_FALSE(ssn);
  EXPECT_EQ(ssn.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(ssn.error().message.find("format.ssn"), std::string::npos) << ssn.error().message;
  auto wages = service.correct("cccccccc", "wages", "-99999999.99", {"bob", ""});
  ASSERT_FALSE(wages);  // a W-2 box is never negative
  EXPECT_EQ(wages.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(service.show("cccccccc")->document.revision, 1);
}

TEST_F(ReviewServiceTest, AReviewerNameOrReasonCannotForgeHistory) {
  auto service = open();
  EXPECT_FALSE(service.approve("cccccccc", "wages", {"alice\n2026-01-01 mallory approve", ""}));
  EXPECT_FALSE(service.approve("cccccccc", "wages", {"", ""}));
  EXPECT_FALSE(service.approve("cccccccc", "wages", {"alice", "ok\n2026-01-01 mallory approve"}));
  EXPECT_TRUE(service.show("cccccccc")->audit.empty());
}

TEST_F(ReviewServiceTest, ApprovingAValueDoesNotWaiveARuleItBreaks) {
  Envelope e = w2_envelope();
  e.fields.find("tax_year")->value = "2099";  // a tax year in the future: the value itself breaks a rule
  e.fields.find("tax_year")->review.add("low_confidence");
  auto service = open();
  ASSERT_TRUE(store::ReviewRepository(service.database()).enqueue(e, "", ""));
  auto doc = service.approve("cccccccc", "tax_year", {"alice", "it says 2099"});
  ASSERT_TRUE(doc) << doc.error().message;
  EXPECT_EQ(doc->envelope.status, DocumentStatus::kNeedsReview);
  EXPECT_TRUE(doc->envelope.fields.find("tax_year")->review.required);
}

TEST_F(ReviewServiceTest, ConcurrentReviewersLoseNothing) {
  const std::vector<std::string> fields = {
      "tax_year", "employer_name", "employee_name", "wages", "federal_income_tax_withheld", "medicare_wages"};
  {
    // Every one of them doubtful, so the document stays in review until the last approval.
    Envelope e = w2_envelope();
    for (const auto& name : fields) e.fields.find(name)->review.add("low_confidence");
    auto service = open();
    ASSERT_TRUE(store::ReviewRepository(service.database()).enqueue(e, "", ""));
  }
  std::vector<std::thread> reviewers;
  std::atomic<int> failures{0};
  for (size_t i = 0; i < fields.size(); ++i) {
    reviewers.emplace_back([&, i] {
      auto service = ReviewService::open(db_path_);
      if (!service || !service->approve("cccccccc", fields[i], {"reviewer" + std::to_string(i), ""})) ++failures;
    });
  }
  for (auto& t : reviewers) t.join();
  EXPECT_EQ(failures.load(), 0);
  auto service = open();
  auto history = service.show("cccccccc");
  ASSERT_TRUE(history);
  EXPECT_EQ(history->audit.size(), fields.size());
  EXPECT_EQ(history->document.revision, static_cast<std::int64_t>(fields.size()) + 1);
  EXPECT_EQ(history->document.approvals.size(), fields.size());
  auto chain = store::AuditLog(service.database()).verify();
  EXPECT_TRUE(chain && chain->intact);
}

}  // namespace
}  // namespace kycx::review
