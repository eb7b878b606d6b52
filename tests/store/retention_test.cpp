// Retention: finished work older than the cutoff leaves the store, what still
// needs a person stays, and the purge is itself on the audit trail.
#include "store/retention.hpp"

#include <chrono>

#include <gtest/gtest.h>

#include "core/time_util.hpp"
#include "store/audit_log.hpp"
#include "store/job_store_sqlite.hpp"
#include "store/review_repository.hpp"
#include "tests/store/job_store_backends.hpp"
#include "tests/support/test_files.hpp"

namespace kycx::store {
namespace {

std::int64_t now_plus_ms(std::int64_t ms) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
             .count() +
         ms;
}

Envelope waiting(const std::string& id, DocumentStatus status) {
  Envelope e;
  e.document_id = id;
  e.source.relative_path = id.substr(0, 4) + ".pdf";
  e.document_type = "w2";
  e.status = status;
  return e;
}

TEST(RetentionTest, FinishedWorkGoesWaitingWorkStaysAndThePurgeIsAudited) {
  kycx::testing::TempDir dir;
  const auto path = dir.path() / "k.sqlite";
  {
    auto store = SqliteJobStore::open(path);
    ASSERT_TRUE(store) << store.error().message;
    ASSERT_TRUE((*store)->enqueue({{"a.png", "h1"}, {"b.png", "h2"}, {"c.png", "h3"}}));
    for (int i = 0; i < 2; ++i) {  // two finish, one stays queued
      auto c = (*store)->claim({.owner = "w", .lease = std::chrono::milliseconds(60000), .max_attempts = 3});
      ASSERT_TRUE(c && *c);
      ASSERT_TRUE((*store)->finish((*c)->job, kycx::testing::done_outcome((*c)->job.content_hash)));
    }
  }
  auto db = SqliteDatabase::open(path);
  ASSERT_TRUE(db);
  ReviewRepository reviews(*db);
  ASSERT_TRUE(reviews.enqueue(waiting(std::string(64, 'a'), DocumentStatus::kNeedsReview), "", ""));
  ASSERT_TRUE(reviews.enqueue(waiting(std::string(64, 'b'), DocumentStatus::kAccepted), "", ""));

  // Nothing is old enough yet.
  auto none = purge_before(*db, now_plus_ms(-86400000), "ops", /*dry_run=*/false);
  ASSERT_TRUE(none) << none.error().message;
  EXPECT_EQ(none->jobs, 0);

  const std::int64_t later = now_plus_ms(60000);  // as if the retention period had passed
  auto dry = purge_before(*db, later, "ops", /*dry_run=*/true);
  ASSERT_TRUE(dry);
  EXPECT_EQ(dry->jobs, 2);
  EXPECT_EQ(dry->results, 2);
  EXPECT_EQ(dry->review_documents, 1);
  auto done = purge_before(*db, later, "ops", /*dry_run=*/false);
  ASSERT_TRUE(done);
  EXPECT_EQ(done->jobs, 2);

  auto stmt = db->prepare(
      "SELECT (SELECT count(*) FROM jobs), (SELECT count(*) FROM results), "
      "(SELECT count(*) FROM review_documents)");
  ASSERT_TRUE(stmt && *stmt->step());
  EXPECT_EQ(stmt->integer(0), 1);  // the queued job
  EXPECT_EQ(stmt->integer(1), 0);
  EXPECT_EQ(stmt->integer(2), 1);  // the document awaiting review
  auto trail = AuditLog(*db).verify();
  ASSERT_TRUE(trail);
  EXPECT_TRUE(trail->intact) << trail->problem;
  EXPECT_EQ(trail->records, 4);  // two extractions, the empty purge, the purge
  auto last = db->prepare("SELECT action, actor, details FROM audit ORDER BY seq DESC LIMIT 1");
  ASSERT_TRUE(last && *last->step());
  EXPECT_EQ(last->text(0), "retention");
  EXPECT_EQ(last->text(1), "ops");
  EXPECT_EQ(Json::parse(last->text(2))["jobs"], 2);
}

}  // namespace
}  // namespace kycx::store
