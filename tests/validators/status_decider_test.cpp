#include "validators/status_decider.hpp"

#include <gtest/gtest.h>

namespace kycx::validators {
namespace {

Envelope typed(const std::string& type) {
  Envelope e;
  e.document_type = type;
  Field f;
  f.value = "X";
  e.fields.set("surname", f);
  return e;
}

TEST(StatusDeciderTest, CleanDocumentIsAccepted) {
  Envelope e = typed("passport");
  e.checks.push_back({"mrz.check_digit.composite", CheckResult::kPass, {"mrz_line2"}, ""});
  decide_status(e);
  EXPECT_EQ(e.status, DocumentStatus::kAccepted);
  EXPECT_FALSE(e.review.required);
}

TEST(StatusDeciderTest, UnknownTypeNeedsReview) {
  Envelope e = typed(kUnknownDocumentType);
  decide_status(e);
  EXPECT_EQ(e.status, DocumentStatus::kNeedsReview);
  EXPECT_EQ(e.review.reasons, std::vector<std::string>{"unknown_document_type"});
}

TEST(StatusDeciderTest, FieldReasonsRollUpOnceEach) {
  Envelope e = typed("passport");
  e.fields.find("surname")->review.add("low_confidence");
  Field g;
  g.review.add("low_confidence");
  g.review.add("missing");
  e.fields.set("given_names", g);
  decide_status(e);
  EXPECT_EQ(e.status, DocumentStatus::kNeedsReview);
  EXPECT_EQ(e.review.reasons, (std::vector<std::string>{"low_confidence", "missing"}));
}

TEST(StatusDeciderTest, FailedCheckOverAFieldIsNotCountedTwice) {
  Envelope e = typed("passport");
  e.fields.find("surname")->review.add("expired");
  e.checks.push_back({"date.not_expired", CheckResult::kFail, {"surname"}, "expired"});
  decide_status(e);
  EXPECT_EQ(e.review.reasons, std::vector<std::string>{"expired"});
}

TEST(StatusDeciderTest, FailedDocumentLevelCheckIsAReason) {
  Envelope e = typed("passport");
  e.checks.push_back({"schema.passport", CheckResult::kFail, {}, "fields do not match"});
  decide_status(e);
  EXPECT_EQ(e.status, DocumentStatus::kNeedsReview);
  EXPECT_EQ(e.review.reasons, std::vector<std::string>{"check_failed:schema.passport"});
}

TEST(StatusDeciderTest, FailedWarningIsRecordedButNotAReason) {
  Envelope e = typed("pay_stub");
  e.checks.push_back({"pay_stub.pay_date_after_period_end", CheckResult::kFail, {}, "paid early"});
  decide_status(e);
  EXPECT_EQ(e.status, DocumentStatus::kAccepted);
}

TEST(StatusDeciderTest, RejectedStaysRejectedWithoutReview) {
  Envelope e = typed("passport");
  e.reject({ErrorCode::kCorruptFile, "damaged"}, "ingest");
  decide_status(e);
  EXPECT_EQ(e.status, DocumentStatus::kRejected);
  EXPECT_FALSE(e.review.required);
}

}  // namespace
}  // namespace kycx::validators
